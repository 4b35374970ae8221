# name: built-in rules: a writer's hedge before an owned noun of communication ("may have broken his promise to", "It is unclear whether ... its pledge to") stays the writer's; a hedge in what the noun reports ("her claim that ... may") is the owner's
# run: factlens -f tsv stdin | cut -f1
# stdin:
The mayor may have broken his promise to cut fares.

It is unclear whether the council will keep its pledge to build homes.

The board probably ignored the union's demand for a pay rise.

Ms. Vale repeated her claim that the ferry may be sold.
# stdout:
speculation
speculation
speculation
sourced
