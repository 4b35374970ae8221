# name: the html format takes one input at a time
# run: printf 'A.\n' > a; factlens --format=html a a; echo "status $?"
# stdout:
status 2
# stderr-match: ^factlens: --format=html: one input at a time
