# name: jsonl: every kind of bad line is reported as FILE:LINE: reason, gets an error line in -f records (after the members when it is an object), and the run goes on to exit 2 at the end; empty and blank lines are skipped
# setup: printf '{"id":1,"text":"caf\303 x"}\n{"id":2,"text":"\355\240\200"}\n' > utf8.part
# file: head.jsonl
{"id":"ok-1","text":"The pier may open."}
not json
{"id":2,"text":"cut off
{"id":3} trailing
[1,2]
42
"a string"
null

   	
{"id":4}
{"id":5,"text":null}
{"id":6,"text":7}
{"id":7,"text":{"body":"x"}}
{"id":8,"text":"\ud800 lone surrogate"}
{"id":[9],"text":"It opened."}
{"id":10,"text":"This line is longer than the limit of sixty-four bytes given below."}
# file: tail.jsonl
{"id":"ok-2","text":"It opened."}
# setup: cat head.jsonl utf8.part tail.jsonl > in.jsonl
# run: factlens -r "$E2E/rules" --max-record 64 in.jsonl
# status: 2
# stderr:
factlens: in.jsonl:2: invalid JSON at byte 3: invalid token near 'not'
factlens: in.jsonl:3: invalid JSON at byte 23: premature end of input near '"cut off'
factlens: in.jsonl:4: invalid JSON at byte 17: end of file expected near 'trailing'
factlens: in.jsonl:5: not a JSON object but an array
factlens: in.jsonl:6: not a JSON object but a number
factlens: in.jsonl:7: not a JSON object but a string
factlens: in.jsonl:8: not a JSON object but null
factlens: in.jsonl:11: no text field 'text'
factlens: in.jsonl:12: text field 'text' is null, not a string
factlens: in.jsonl:13: text field 'text' is a number, not a string
factlens: in.jsonl:14: text field 'text' is an object, not a string
factlens: in.jsonl:15: invalid JSON at byte 38: invalid Unicode '\uD800'
factlens: in.jsonl:16: id field 'id' is an array, not a scalar
factlens: in.jsonl:17: longer than --max-record (64 bytes)
factlens: in.jsonl:18: invalid UTF-8 at byte 19
factlens: in.jsonl:19: invalid UTF-8 at byte 16
# stdout:
{"id":"ok-1","text":"The pier may open.","factlens":{"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":0,"other":0},"sentences":[{"index":0,"start":0,"end":18,"line":1,"col":1,"label":"speculation","text":"The pier may open.","cues":[{"rule":"t.may","category":"hedge","start":9,"end":12,"text":"may"}]}]}}
{"factlens":{"error":"invalid JSON at byte 3: invalid token near 'not'","line":2}}
{"factlens":{"error":"invalid JSON at byte 23: premature end of input near '\"cut off'","line":3}}
{"factlens":{"error":"invalid JSON at byte 17: end of file expected near 'trailing'","line":4}}
{"factlens":{"error":"not a JSON object but an array","line":5}}
{"factlens":{"error":"not a JSON object but a number","line":6}}
{"factlens":{"error":"not a JSON object but a string","line":7}}
{"factlens":{"error":"not a JSON object but null","line":8}}
{"id":4,"factlens":{"error":"no text field 'text'","line":11}}
{"id":5,"text":null,"factlens":{"error":"text field 'text' is null, not a string","line":12}}
{"id":6,"text":7,"factlens":{"error":"text field 'text' is a number, not a string","line":13}}
{"id":7,"text":{"body":"x"},"factlens":{"error":"text field 'text' is an object, not a string","line":14}}
{"factlens":{"error":"invalid JSON at byte 38: invalid Unicode '\\uD800'","line":15}}
{"id":[9],"text":"It opened.","factlens":{"error":"id field 'id' is an array, not a scalar","line":16}}
{"factlens":{"error":"longer than --max-record (64 bytes)","line":17}}
{"factlens":{"error":"invalid UTF-8 at byte 19","line":18}}
{"factlens":{"error":"invalid UTF-8 at byte 16","line":19}}
{"id":"ok-2","text":"It opened.","factlens":{"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0},"sentences":[{"index":0,"start":0,"end":10,"line":1,"col":1,"label":"claim","text":"It opened.","cues":[]}]}}
