# name: input of blank lines only comes back unchanged, with no sentence
# setup: printf '\n \n\t\r\n\n' > stdin
# args:
# check: cmp stdout stdin
