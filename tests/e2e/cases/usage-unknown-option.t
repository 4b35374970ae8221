# name: an unknown option: usage on stderr, exit 2
# args: --bogus
# stderr-match: ^factlens: .*bogus
# stderr-match: ^usage: factlens
# status: 2
# check: test ! -s stdout
