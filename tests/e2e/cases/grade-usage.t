# name: --grade needs answers files and a text, and writes text, json or html only
# run: factlens --grade text.txt; echo "rc $?" >&2; factlens --grade -f tsv a.json text.txt
# file: text.txt
The cafe closed.
# status: 2
# stderr-match: ^factlens: --grade: give one or more answers files, then the text$
# stderr-match: ^rc 2$
# stderr-match: ^factlens: --grade: format 'tsv' \(expected text, json or html\)$
