# name: a tripped --fail-on says why on stderr: one line per crossed threshold (count or percentage), none for a threshold that holds; the output is printed in full
# args: -f tsv -r "$E2E/rules" --fail-on speculation=20% --fail-on claim=1 --fail-on sourced=50% --fail-on other
# stdin:
The pier may open. It might rain. The board met.
The ferry ran late. Officials said so. Was it late?
# status: 1
# stdout:
speculation	1	1	t.may	The pier may open.
speculation	1	20	t.may	It might rain.
claim	1	35	-	The board met.
claim	2	1	-	The ferry ran late.
sourced	2	21	t.said	Officials said so.
other	2	40	-	Was it late?
# stderr:
factlens: speculation in 2 of 6 sentences (33.3%) is over the limit of 20% (--fail-on speculation=20%)
factlens: claim in 2 of 6 sentences (33.3%) is over the limit of 1 (--fail-on claim=1)
factlens: other in 1 of 6 sentences (16.7%) is over the limit of 0 (--fail-on other)
