# name: built-in rules: the writer's engaged voice (questions that expect one answer, "our democracy", "we have allowed", "gone are the days") and its look-alikes (an order, a real question, a paper's "our model", a quoted question, a measured record)
# run: factlens -f tsv stdin | cut -f1,4,5
# stdin:
Isn't it obvious that the ferry needs a second boat?

Why not let the villages choose their own bus routes?

Don't park in front of the gate.

Why did the council sell the site?

“Isn't it time we had a say?” the tenants asked.

The real threat to our democracy is the old apathy.

In our model the two groups are drawn from one population.

We have allowed the high street to become a row of empty windows.

We have allowed for inflation in every table.

Gone are the days when the ferry ran every hour.

Never before had the river been so high at 9 metres.
# stdout:
other	opinion.rhetorical-form	Isn't it obvious that the ferry needs a second boat?
other	opinion.rhetorical-form	Why not let the villages choose their own bus routes?
other	imperative.always	Don't park in front of the gate.
other	-	Why did the council sell the site?
sourced	quote.curly,attribution.after-quote	“Isn't it time we had a say?” the tenants asked.
opinion	opinion.collective-our	The real threat to our democracy is the old apathy.
claim	-	In our model the two groups are drawn from one population.
opinion	opinion.collective-we-state	We have allowed the high street to become a row of empty windows.
claim	-	We have allowed for inflation in every table.
opinion	opinion.nostalgic-inversion	Gone are the days when the ferry ran every hour.
claim	-	Never before had the river been so high at 9 metres.
