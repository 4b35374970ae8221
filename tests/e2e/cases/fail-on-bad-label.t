# name: --fail-on with an unknown label is a usage error
# args: --fail-on=rumour
# stderr-match: ^factlens: --fail-on: unknown label
# status: 2
