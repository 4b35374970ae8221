# name: json over several files: one summary per document, index from 0 in each, a missing file skipped
# setup: printf 'The pier may open.\n' > a.txt; printf 'It rained. It may snow.\n' > b.txt
# args: -f json -r "$E2E/rules" a.txt nope.txt b.txt
# stdout:
{"type":"sentence","doc":"a.txt","index":0,"start":0,"end":18,"line":1,"col":1,"label":"speculation","text":"The pier may open.","cues":[{"rule":"t.may","category":"hedge","start":9,"end":12,"text":"may"}]}
{"type":"summary","doc":"a.txt","sentences":1,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":0,"other":0}}
{"type":"sentence","doc":"b.txt","index":0,"start":0,"end":10,"line":1,"col":1,"label":"claim","text":"It rained.","cues":[]}
{"type":"sentence","doc":"b.txt","index":1,"start":11,"end":23,"line":1,"col":12,"label":"speculation","text":"It may snow.","cues":[{"rule":"t.may","category":"hedge","start":14,"end":17,"text":"may"}]}
{"type":"summary","doc":"b.txt","sentences":2,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":1,"other":0}}
# stderr:
factlens: nope.txt: No such file or directory
# status: 2
