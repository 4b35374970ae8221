# name: an option without its argument
# args: --format
# stderr-match: ^usage: factlens
# status: 2
