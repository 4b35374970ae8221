# name: built-in rules: a superlative "most" is no vague group, a counted unnamed group is a vague source, a person who raises questions voices them, "per" + a source is attribution (not "per cent"), and announcing an act (a candidacy, a retirement) reports no content
# run: factlens -f tsv stdin | cut -f1,4
# stdin:
The ferrymen are among the most patient workers on the coast, and the most loyal readers of the gazette.

At least six backbenchers have told the chief whip they will vote against the budget.

Councillor Hale raised questions about the harbour contract.

The storm raises questions about the harbour wall.

The ferry will run until October, per the harbour office.

Fares rose by four per cent per year.

Councillor Hale announced her retirement on Friday.

Councillor Hale announced that the ferry would stop in October.
# stdout:
claim	-
claim	vague-source.unnamed-official
sourced	attribution.raised-questions
speculation	hedge.unclear-whether
sourced	attribution.per-source
claim	-
claim	-
sourced	attribution.reporting-verb
