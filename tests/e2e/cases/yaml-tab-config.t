# name: a tab in the indentation of .factlens.yml: said plainly, at FILE:LINE:COL of the tab
# setup: printf 'format: tsv\nfail-on:\n\t- claim=3\n' >conf.yml
# args: --config conf.yml
# status: 2
# stderr:
factlens: conf.yml:3:1: tabs cannot indent YAML; indent with spaces
