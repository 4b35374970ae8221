# name: built-in rules: judgements without an evaluative word (idioms, minimisers, frames of argument, analytic superlatives, has to) and their look-alikes (a literal idiom, a measure, a forecast of a need, a reported idiom)
# run: factlens -f tsv stdin | cut -f1,5
# stdin:
The council has kicked the can down the road for a decade.

The driver fell asleep at the wheel and hit a wall.

The reshuffle is merely a change of furniture.

The ferry takes no more than a week to repair.

The trouble is that nobody asked the tenants.

The bypass is the most damaging scheme the county has approved.

Marlow is the most populous town in the county.

The minister has to resign.

The council will have to fund the extra buses.

Party politics poisons the debate on the hospital.

The spill poisoned the river for a mile.

“The review is a fig leaf,” the union said.

The board is naive about the cost of care.

Naive T cells were counted in each sample.
# stdout:
opinion	The council has kicked the can down the road for a decade.
claim	The driver fell asleep at the wheel and hit a wall.
opinion	The reshuffle is merely a change of furniture.
claim	The ferry takes no more than a week to repair.
opinion	The trouble is that nobody asked the tenants.
opinion	The bypass is the most damaging scheme the county has approved.
claim	Marlow is the most populous town in the county.
opinion	The minister has to resign.
claim	The council will have to fund the extra buses.
opinion	Party politics poisons the debate on the hospital.
claim	The spill poisoned the river for a mile.
sourced	“The review is a fig leaf,” the union said.
opinion	The board is naive about the cost of care.
claim	Naive T cells were counted in each sample.
