# name: jsonl: --record-field names the added field; a member of that name already there (escaped or not, at the top level) is dropped, so that no key appears twice and a second run gives the output of the first
# file: in.jsonl
{"id":1,"factlens":{"old":true},"text":"It might.","f\u0061ctlens":2,"z":[1]}
{"factlens":0}
{"a":{"factlens":1},"text":"It opened.","fl":"x"}
# run: factlens -r "$E2E/rules" in.jsonl 2>&1; factlens -r "$E2E/rules" --record-field=fl in.jsonl 2>/dev/null | cut -c1-60; factlens -r "$E2E/rules" in.jsonl 2>/dev/null > once; factlens -r "$E2E/rules" --input=jsonl < once 2>/dev/null | cmp - once && echo same
# stdout:
factlens: in.jsonl:2: no text field 'text'
{"id":1,"text":"It might.","z":[1],"factlens":{"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":0,"other":0},"sentences":[{"index":0,"start":0,"end":9,"line":1,"col":1,"label":"speculation","text":"It might.","cues":[{"rule":"t.may","category":"hedge","start":3,"end":8,"text":"might"}]}]}}
{"factlens":{"error":"no text field 'text'","line":2}}
{"a":{"factlens":1},"text":"It opened.","fl":"x","factlens":{"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0},"sentences":[{"index":0,"start":0,"end":10,"line":1,"col":1,"label":"claim","text":"It opened.","cues":[]}]}}
{"id":1,"factlens":{"old":true},"text":"It might.","f\u0061c
{"factlens":0,"fl":{"error":"no text field 'text'","line":2}
{"a":{"factlens":1},"text":"It opened.","fl":{"labels":{"sou
same
