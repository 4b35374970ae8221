# name: built-in rules: appraisal adjectives as the predicate, the writer's generalised "we", pretence and desert, and where a report ends (", but", an opening subordinate clause); with their look-alikes (a measured subject, a research "we", a plan, children at play, a report that goes on with "but that")
# run: factlens -f tsv stdin | cut -f1,4,5
# stdin:
The plan to move the market is unworkable.

The weather was good for the whole regatta.

Year by year we are spending more on the harbour and getting less for it.

We measured the flow at four sites along the river.

We will open two new branches in the spring.

The mayor pretends that the deficit does not exist.

The children pretended to be pirates on the old pier.

The town deserves an answer before the vote.

The mayor called it a plan, but in truth it is a disaster.

The mayor said the hall was full, but that the bar was a disaster.

Although the mayor said it would rain, the fair was a triumph.
# stdout:
opinion	opinion.predicative-appraisal	The plan to move the market is unworkable.
claim	-	The weather was good for the whole regatta.
opinion	opinion.collective-we-aux	Year by year we are spending more on the harbour and getting less for it.
claim	-	We measured the flow at four sites along the river.
claim	-	We will open two new branches in the spring.
opinion	opinion.pretence	The mayor pretends that the deficit does not exist.
claim	-	The children pretended to be pirates on the old pier.
opinion	opinion.desert	The town deserves an answer before the vote.
opinion	attribution.called-quote,booster.true-nature,opinion.predicate-noun	The mayor called it a plan, but in truth it is a disaster.
sourced	attribution.said	The mayor said the hall was full, but that the bar was a disaster.
opinion	attribution.said,opinion.predicate-noun	Although the mayor said it would rain, the fair was a triumph.
