# name: config: an unknown key is an error at its FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
# a comment
format: tsv
frmat: json
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:3:1: unknown key 'frmat' (expected rules, disable, enable, format, only, fail-on or input)
# status: 2
# check: test ! -s stdout
