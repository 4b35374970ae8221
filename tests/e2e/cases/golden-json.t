# name: the json format on a small multi-paragraph input (test rules)
# args: -f json --rules "$E2E/rules"
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
{"type":"sentence","doc":"-","index":0,"start":0,"end":14,"line":1,"col":1,"label":"other","text":"Harbour report","cues":[]}
{"type":"sentence","doc":"-","index":1,"start":16,"end":48,"line":3,"col":1,"label":"claim","text":"The harbour board met on Monday.","cues":[]}
{"type":"sentence","doc":"-","index":2,"start":49,"end":81,"line":3,"col":34,"label":"speculation","text":"The new pier may open in spring.","cues":[{"rule":"t.may","category":"hedge","start":62,"end":65,"text":"may"}]}
{"type":"sentence","doc":"-","index":3,"start":82,"end":120,"line":4,"col":1,"label":"sourced","text":"Officials said the budget was \"tight\".","cues":[{"rule":"t.said","category":"attribution","start":82,"end":96,"text":"Officials said"},{"rule":"t.quote","category":"quote","start":112,"end":119,"text":"\"tight\""}]}
{"type":"sentence","doc":"-","index":4,"start":121,"end":143,"line":4,"col":40,"label":"other","text":"Will the ferry return?","cues":[]}
{"type":"summary","doc":"-","sentences":5,"labels":{"sourced":1,"speculation":1,"opinion":0,"claim":1,"other":2}}
# check: json_lines stdout
# check: json_check stdin stdout
