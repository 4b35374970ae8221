# name: a bad --fail-on threshold is a usage error
# args: --fail-on=claim=lots
# stderr-match: ^factlens: --fail-on: bad threshold
# status: 2
