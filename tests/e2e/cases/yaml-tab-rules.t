## The tabs are written by setup: a section keeps them, but an editor may not.
# name: a tab in the indentation of a rule file: said plainly, at FILE:LINE:COL of the tab, whether it starts the line or follows spaces
# setup: printf 'category: hedge\nrules:\n\t- id: x.tab\n' >a.yml; printf 'category: hedge\nrules:\n  - id: x.tab\n  \t explain: Tab.\n' >b.yml
# run: factlens -r a.yml --check-rules; factlens -a b.yml </dev/null
# status: 2
# stdout:
rule files have errors
# stderr:
factlens: a.yml:3:1: tabs cannot indent YAML; indent with spaces
factlens: b.yml:4:3: tabs cannot indent YAML; indent with spaces
