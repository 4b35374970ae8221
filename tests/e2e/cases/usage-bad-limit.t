# name: a bad --match-limit or --depth-limit is a usage error
# run: factlens --match-limit=lots; echo "status $?" >&2; factlens --depth-limit=-5
# stderr-match: ^factlens: --match-limit: bad number 'lots'
# stderr-match: ^status 2$
# stderr-match: ^factlens: --depth-limit: bad number '-5'
# status: 2
