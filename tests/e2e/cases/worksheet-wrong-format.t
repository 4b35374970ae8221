# name: --worksheet with a format other than worksheet or key is a usage error
# args: --worksheet -f json -
# status: 2
# stderr-match: ^factlens: --worksheet: only with --format=worksheet or key$
