# name: jsonl: JSON escapes are decoded (\n, \t, \", \\, \/, \u00e9, a surrogate pair for U+1F600, \u0000); offsets are byte offsets into the decoded UTF-8 text, so slicing it gives each sentence and cue
# file: in.jsonl
{"id":1,"text":"\ud83d\ude00 The pier may open.\tOfficials said \"it might\" \u2014 caf\u00e9\/bar.\n\nA back\\slash may go. Nul\u0000byte."}
{"id":2,"text":"\u00e9\u00e9 It might.","id":3}
# file: slices.py
import json
texts = {}
for line in open("in.jsonl"):
    r = json.loads(line)
    texts[r["id"]] = r["text"].encode()
n = 0
for line in open("stdout"):
    o = json.loads(line)
    if o["type"] != "sentence":
        continue
    t = texts[o["doc"]]
    assert t[o["start"]:o["end"]].decode() == o["text"], o
    for c in o["cues"]:
        assert t[c["start"]:c["end"]].decode() == c["text"], c
    n += 1
assert n == 5, n
# run: factlens -r "$E2E/rules" -f json in.jsonl
# check: python3 slices.py
# stdout:
{"type":"sentence","doc":1,"index":0,"start":0,"end":23,"line":1,"col":1,"label":"speculation","text":"😀 The pier may open.","cues":[{"rule":"t.may","category":"hedge","start":14,"end":17,"text":"may"}]}
{"type":"sentence","doc":1,"index":1,"start":24,"end":64,"line":1,"col":25,"label":"sourced","text":"Officials said \"it might\" — café/bar.","cues":[{"rule":"t.said","category":"attribution","start":24,"end":38,"text":"Officials said"},{"rule":"t.quote","category":"quote","start":39,"end":49,"text":"\"it might\""},{"rule":"t.may","category":"hedge","start":43,"end":48,"text":"might"}]}
{"type":"sentence","doc":1,"index":2,"start":66,"end":86,"line":3,"col":1,"label":"speculation","text":"A back\\slash may go.","cues":[{"rule":"t.may","category":"hedge","start":79,"end":82,"text":"may"}]}
{"type":"sentence","doc":1,"index":3,"start":87,"end":96,"line":3,"col":22,"label":"claim","text":"Nul\u0000byte.","cues":[]}
{"type":"summary","doc":1,"sentences":4,"labels":{"sourced":1,"speculation":2,"opinion":0,"claim":1,"other":0}}
{"type":"sentence","doc":3,"index":0,"start":0,"end":14,"line":1,"col":1,"label":"speculation","text":"éé It might.","cues":[{"rule":"t.may","category":"hedge","start":8,"end":13,"text":"might"}]}
{"type":"summary","doc":3,"sentences":1,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":0,"other":0}}
