# name: built-in rules: "is thought to" and "is believed to" pass on an unnamed group's view (a vague source, LABELS.md rules 2, 15, 17), so the sentence stays a claim unless the writer hedges it; a person who "thought to ask" is neither
# run: factlens -f tsv stdin | cut -f1,4,5
# stdin:
The chapel is thought to date from the twelfth century.

The enzyme, believed to guard the cell against heat, is made in the liver.

The tower is thought to have fallen in a storm, and it may have been rebuilt.

She thought to ask the porter before leaving.
# stdout:
claim	vague-source.said-to	The chapel is thought to date from the twelfth century.
claim	vague-source.said-to	The enzyme, believed to guard the cell against heat, is made in the liver.
speculation	vague-source.said-to,hedge.modal	The tower is thought to have fallen in a storm, and it may have been rebuilt.
claim	-	She thought to ask the porter before leaving.
