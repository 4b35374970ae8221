# name: jsonl: -f records (the default for *.jsonl) writes one line per record: the input object, members as written and in order, plus "factlens" with the label counts and the sentences with their labels and cues
# file: in.jsonl
{"id":7,"outlet":"Harbour Gazette","text":"The pier may open. Officials said \"it might\".\n\nWill it?","tags":["a",{"b":null}]}
{ "id" : "x" , "text" : "It opened." }
{"text":"","id":3}
{}
# file: members.py
import json
pairs = lambda line: json.loads(line, object_pairs_hook=list)
ins = [pairs(l) for l in open("in.jsonl")]
outs = [pairs(l) for l in open("stdout")]
assert len(ins) == len(outs)
for i, o in zip(ins, outs):
    assert o[:-1] == i and o[-1][0] == "factlens", (i, o)
# run: factlens -r "$E2E/rules" in.jsonl
# status: 2
# stderr:
factlens: in.jsonl:4: no text field 'text'
# stdout:
{"id":7,"outlet":"Harbour Gazette","text":"The pier may open. Officials said \"it might\".\n\nWill it?","tags":["a",{"b":null}],"factlens":{"labels":{"sourced":1,"speculation":1,"opinion":0,"claim":0,"other":1},"sentences":[{"index":0,"start":0,"end":18,"line":1,"col":1,"label":"speculation","text":"The pier may open.","cues":[{"rule":"t.may","category":"hedge","start":9,"end":12,"text":"may"}]},{"index":1,"start":19,"end":45,"line":1,"col":20,"label":"sourced","text":"Officials said \"it might\".","cues":[{"rule":"t.said","category":"attribution","start":19,"end":33,"text":"Officials said"},{"rule":"t.quote","category":"quote","start":34,"end":44,"text":"\"it might\""},{"rule":"t.may","category":"hedge","start":38,"end":43,"text":"might"}]},{"index":2,"start":47,"end":55,"line":3,"col":1,"label":"other","text":"Will it?","cues":[]}]}}
{ "id" : "x" , "text" : "It opened.","factlens":{"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0},"sentences":[{"index":0,"start":0,"end":10,"line":1,"col":1,"label":"claim","text":"It opened.","cues":[]}]}}
{"text":"","id":3,"factlens":{"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":0,"other":0},"sentences":[]}}
{"factlens":{"error":"no text field 'text'","line":4}}
# check: python3 members.py
