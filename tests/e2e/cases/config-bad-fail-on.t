# name: config: a bad fail-on threshold is an error at its FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
fail-on:
  - claim
  - speculation=200%
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:3:5: fail-on: percentage over 100 in 'speculation=200%'
# status: 2
# check: test ! -s stdout
