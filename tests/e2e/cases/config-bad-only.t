# name: config: an unknown label or category in "only" is an error at its FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
only: [claim, nope]
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:1:15: 'nope' is not a label or category
# status: 2
# check: test ! -s stdout
