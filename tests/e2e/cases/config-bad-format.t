# name: config: an unknown format is an error at its FILE:LINE:COL, exit 2, nothing annotated
# file: team.yml
only: claim
format: xml
# file: a.txt
The pier may open.
# args: --config team.yml -r "$E2E/rules" a.txt
# stderr:
factlens: team.yml:2:9: unknown format 'xml' (expected text, ansi, json, tsv, html, diag, critic, summary, worksheet, key or records)
# status: 2
# check: test ! -s stdout
