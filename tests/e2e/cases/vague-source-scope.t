# name: built-in rules: a judgement reported from a vague source stays the source's (claim), a group that only acts takes no judgement from the writer (opinion), and "according to" in the sense "in accordance with" is no source
# run: factlens -f tsv stdin | cut -f1,4
# stdin:
Many critics say the new bridge is a disgrace.

According to some residents, the new bridge is a disgrace.

Many journalists are still defending a shameful policy.

The launch went according to plan.

Seats are allocated according to the number of votes cast.

According to the harbour office, the ferry left on time.
# stdout:
claim	vague-source.some-people
claim	vague-source.according-to-vague
opinion	opinion.judging-adjective
claim	-
claim	-
sourced	attribution.according-to
