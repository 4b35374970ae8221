# name: --only with an unknown label is a usage error
# args: --only=claim,rumour
# stderr-match: ^factlens: --only: unknown label
# stderr-match: ^usage: factlens
# status: 2
# check: test ! -s stdout
