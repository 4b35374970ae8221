# name: built-in rules: the opinion rows of LABELS.md and their look-alikes (a rule stated as fact, a vague source's judgement, severity, a conditional should, a measured rank, a name)
# run: factlens -f tsv stdin | cut -f1,5
# stdin:
The council must think again.

The welcome was a disgrace.

“The welcome was a disgrace,” the mayor said.

The council may be making a terrible mistake.

This should have been the highlight of his visit.

Visitors must show a ticket.

Critics say the plan is a disaster.

A terrible storm flattened the harbour wall.

Should the vote fail, the budget goes back to committee.

The museum is the best-known in the city, and the largest by visitors.

Shoppers queued outside Best Buy before dawn.
# stdout:
opinion	The council must think again.
opinion	The welcome was a disgrace.
sourced	“The welcome was a disgrace,” the mayor said.
speculation	The council may be making a terrible mistake.
opinion	This should have been the highlight of his visit.
claim	Visitors must show a ticket.
claim	Critics say the plan is a disaster.
claim	A terrible storm flattened the harbour wall.
claim	Should the vote fail, the budget goes back to committee.
claim	The museum is the best-known in the city, and the largest by visitors.
claim	Shoppers queued outside Best Buy before dawn.
