# name: --only=stance selects the sentences with a stance cue; --disable stance takes the cues out, and with them what they own
# file: a.txt
The board hoped the pier may open. The pier may open.
The mayor met the board.
# run: for f in json tsv diag; do factlens --no-config -r "$E2E/rules" -f $f --only=stance a.txt; done; factlens --no-config -r "$E2E/rules" -f tsv --disable stance a.txt
# stdout:
{"type":"sentence","doc":"a.txt","index":0,"start":0,"end":34,"line":1,"col":1,"label":"claim","text":"The board hoped the pier may open.","cues":[{"rule":"t.hoped","category":"stance","start":10,"end":15,"text":"hoped"},{"rule":"t.may","category":"hedge","start":25,"end":28,"text":"may"}]}
{"type":"summary","doc":"a.txt","sentences":3,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":2,"other":0}}
claim	1	1	t.hoped,t.may	The board hoped the pier may open.
a.txt:1:11: claim: stance 'hoped': A hope or a fear credited to someone else. [t.hoped]
speculation	1	1	t.may	The board hoped the pier may open.
speculation	1	36	t.may	The pier may open.
claim	2	1	-	The mayor met the board.
