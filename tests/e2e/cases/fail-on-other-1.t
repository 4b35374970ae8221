# name: --fail-on=other=1 on 5 sentences (1 sourced, 1 speculation, 1 claim, 2 other) exits 1
# args: -f tsv --fail-on=other=1 -r "$E2E/rules"
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# status: 1
# stdout-match: ^speculation	3	34	t.may	
# stderr:
factlens: other in 2 of 5 sentences (40.0%) is over the limit of 1 (--fail-on other=1)
