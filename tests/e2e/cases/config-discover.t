# name: config: .factlens.yml is found in the current directory or the nearest parent that has one (not merged with those further up); standard input uses it too
# file: .factlens.yml
format: tsv
only: [speculation]
# file: sub/.factlens.yml
format: json
only: claim
# file: sub/deep/a.txt
The pier may open. It rained.
# file: other/deeper/b.txt
The pier may open. It rained.
# run: (cd other/deeper && factlens -r "$E2E/rules" b.txt && factlens -r "$E2E/rules" < b.txt) && (cd sub/deep && factlens -r "$E2E/rules" a.txt) && factlens -r "$E2E/rules" other/deeper/b.txt
# stdout:
speculation	1	1	t.may	The pier may open.
speculation	1	1	t.may	The pier may open.
{"type":"sentence","doc":"a.txt","index":1,"start":19,"end":29,"line":1,"col":20,"label":"claim","text":"It rained.","cues":[]}
{"type":"summary","doc":"a.txt","sentences":2,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":1,"other":0}}
speculation	1	1	t.may	The pier may open.
