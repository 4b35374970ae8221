# name: an unknown format: usage on stderr, exit 2
# args: -f yaml
# stderr-match: ^factlens: unknown format 'yaml'
# stderr-match: ^usage: factlens
# status: 2
# check: test ! -s stdout
