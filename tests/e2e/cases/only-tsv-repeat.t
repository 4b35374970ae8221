# name: -o may be repeated and combined
# args: -f tsv -o claim -o sourced -r "$E2E/rules"
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
claim	3	1	-	The harbour board met on Monday.
sourced	4	1	t.said,t.quote	Officials said the budget was "tight".
