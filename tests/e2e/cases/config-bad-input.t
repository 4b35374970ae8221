# name: config: an unknown input type in "input" is an error at its FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
input:
  "*.txt": latex
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:2:12: input: 'latex' is not text, markdown, html or jsonl
# status: 2
# check: test ! -s stdout
