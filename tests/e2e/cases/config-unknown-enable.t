# name: config: an unknown rule id or category in "enable" is an error at its FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
enable: [t.may, attribution, quotes]
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:1:30: unknown rule or category 'quotes'
# status: 2
# check: test ! -s stdout
