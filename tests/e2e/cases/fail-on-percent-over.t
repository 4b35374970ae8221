# name: a percentage over 100 is a usage error
# args: --fail-on=claim=101%
# stderr-match: ^factlens: --fail-on: percentage over 100
# status: 2
