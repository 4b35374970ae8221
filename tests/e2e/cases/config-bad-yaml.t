# name: config: a YAML syntax error is reported at FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
format: tsv
only: [claim, speculation
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:3:1: did not find expected ',' or ']' while parsing a flow sequence
# status: 2
# check: test ! -s stdout
