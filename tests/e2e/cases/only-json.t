# name: --only in json; the summary still counts every sentence
# args: -f json -o sourced -r "$E2E/rules"
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
{"type":"sentence","doc":"-","index":3,"start":82,"end":120,"line":4,"col":1,"label":"sourced","text":"Officials said the budget was \"tight\".","cues":[{"rule":"t.said","category":"attribution","start":82,"end":96,"text":"Officials said"},{"rule":"t.quote","category":"quote","start":112,"end":119,"text":"\"tight\""}]}
{"type":"summary","doc":"-","sentences":5,"labels":{"sourced":1,"speculation":1,"opinion":0,"claim":1,"other":2}}
