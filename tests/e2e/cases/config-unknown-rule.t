# name: config: an unknown rule id or category in "disable" is an error at its FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
disable:
  - hedge
  - t.nope
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:3:5: unknown rule or category 't.nope'
# status: 2
# check: test ! -s stdout
