# name: built-in rules: wire-news and methods look-alikes of hedges (accounting, a security's terms, an instrument that indicates, a proposal with a named agent) are claims; open doubt and a stated chance are speculation
# run: factlens -f tsv stdin | cut -f1,4,5
# stdin:
Net income reflected higher fuel costs and a one-time gain on the sale of a unit.

The notes may be redeemed at par after five years.

The gauge indicated a pressure of 40 bar.

The name was first suggested by Darwin in 1859.

The closure raises questions about the safety of the other mines.

The home side stands a good chance of reaching the final.
# stdout:
claim	-	Net income reflected higher fuel costs and a one-time gain on the sale of a unit.
claim	-	The notes may be redeemed at par after five years.
claim	-	The gauge indicated a pressure of 40 bar.
claim	-	The name was first suggested by Darwin in 1859.
speculation	hedge.unclear-whether	The closure raises questions about the safety of the other mines.
speculation	hedge.chance	The home side stands a good chance of reaching the final.
