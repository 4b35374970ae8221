# name: --fail-on=speculation=0 on 5 sentences (1 sourced, 1 speculation, 1 claim, 2 other) exits 1
# args: -f tsv --fail-on=speculation=0 -r "$E2E/rules"
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# status: 1
# stdout-match: ^speculation	3	34	t.may	
# stderr:
factlens: speculation in 1 of 5 sentences (20.0%) is over the limit of 0 (--fail-on speculation=0)
