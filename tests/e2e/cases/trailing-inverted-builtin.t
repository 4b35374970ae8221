# name: built-in rules: a reporting verb before its speaker at the end of a sentence (", said the mayor.") gives the hedge or judgement before it to the speaker; an object after the verb does not
# run: factlens -f tsv stdin | cut -f1,4,5
# stdin:
The council may resign, said the mayor.

The bridge should close at night, says Ines Varga, the council's treasurer.

She stirred the pot, added the salt and sat down.
# stdout:
sourced	hedge.modal,attribution.trailing-inverted	The council may resign, said the mayor.
sourced	attribution.after-quote-inverted	The bridge should close at night, says Ines Varga, the council's treasurer.
claim	-	She stirred the pot, added the salt and sat down.
