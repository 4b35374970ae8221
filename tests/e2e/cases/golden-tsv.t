# name: the tsv format on a small multi-paragraph input (test rules)
# args: --format=tsv -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
other	1	1	-	Harbour report
claim	3	1	-	The harbour board met on Monday.
speculation	3	34	t.may	The new pier may open in spring.
sourced	4	1	t.said,t.quote	Officials said the budget was "tight".
other	4	40	-	Will the ferry return?
