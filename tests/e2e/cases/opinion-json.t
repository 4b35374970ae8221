# name: opinion in JSON Lines: the label, the opinion cue category, and "opinion" in the summary between speculation and claim
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: -f json -r "$E2E/rules"
# stdout:
{"type":"sentence","doc":"-","index":0,"start":0,"end":14,"line":1,"col":1,"label":"other","text":"Harbour report","cues":[]}
{"type":"sentence","doc":"-","index":1,"start":16,"end":48,"line":3,"col":1,"label":"claim","text":"The harbour board met on Monday.","cues":[]}
{"type":"sentence","doc":"-","index":2,"start":49,"end":76,"line":3,"col":34,"label":"opinion","text":"The welcome was a disgrace.","cues":[{"rule":"t.judge","category":"opinion","start":67,"end":75,"text":"disgrace"}]}
{"type":"sentence","doc":"-","index":3,"start":77,"end":102,"line":4,"col":1,"label":"speculation","text":"The pier may be shameful.","cues":[{"rule":"t.may","category":"hedge","start":86,"end":89,"text":"may"},{"rule":"t.judge","category":"opinion","start":93,"end":101,"text":"shameful"}]}
{"type":"sentence","doc":"-","index":4,"start":103,"end":142,"line":4,"col":27,"label":"sourced","text":"Officials said the pier was a disgrace.","cues":[{"rule":"t.said","category":"attribution","start":103,"end":117,"text":"Officials said"}]}
{"type":"sentence","doc":"-","index":5,"start":143,"end":172,"line":5,"col":1,"label":"opinion","text":"The board should think again.","cues":[{"rule":"t.should","category":"opinion","start":153,"end":171,"text":"should think again"}]}
{"type":"sentence","doc":"-","index":6,"start":173,"end":202,"line":5,"col":31,"label":"claim","text":"\"It was shameful,\" she wrote.","cues":[{"rule":"t.quote","category":"quote","start":173,"end":191,"text":"\"It was shameful,\""}]}
{"type":"sentence","doc":"-","index":7,"start":203,"end":221,"line":6,"col":1,"label":"other","text":"Was it a disgrace?","cues":[{"rule":"t.judge","category":"opinion","start":212,"end":220,"text":"disgrace"}]}
{"type":"summary","doc":"-","sentences":8,"labels":{"sourced":1,"speculation":1,"opinion":2,"claim":2,"other":2}}
# check: json_check stdin stdout
