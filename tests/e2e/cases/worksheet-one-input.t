# name: the worksheet is one page for one document: a second input is refused
# run: factlens -f worksheet a.txt a.txt
# file: a.txt
The cafe closed.
# status: 2
# stderr-match: ^factlens: --format=worksheet: one input at a time
