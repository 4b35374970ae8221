# name: -h and --help print usage and help on stdout, exit 0
# run: factlens -h && factlens --help > long
# stdout-match: ^usage: factlens
# stdout-match: --fail-on
# check: cmp stdout long
