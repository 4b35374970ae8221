# name: jsonl: --only selects the sentences listed in each record (the counts stay whole, the line stays); --fail-on counts over all records; a bad record makes the status 2 whatever --fail-on says
# file: in.jsonl
{"id":1,"text":"The pier may open. It opened."}
{"id":2,"text":"Officials said so."}
# file: bad.jsonl
{"id":1,"text":"The pier may open."}
{"id":2}
# run: factlens -r "$E2E/rules" -o speculation in.jsonl; factlens -r "$E2E/rules" --fail-on=speculation=50% -f summary in.jsonl > /dev/null; echo "fail-on 50%: $?"; factlens -r "$E2E/rules" --fail-on=speculation=30% -f summary in.jsonl > /dev/null; echo "fail-on 30%: $?"; factlens -r "$E2E/rules" --fail-on=speculation -f summary bad.jsonl > /dev/null 2>&1; echo "bad: $?"
# stdout:
{"id":1,"text":"The pier may open. It opened.","factlens":{"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":1,"other":0},"sentences":[{"index":0,"start":0,"end":18,"line":1,"col":1,"label":"speculation","text":"The pier may open.","cues":[{"rule":"t.may","category":"hedge","start":9,"end":12,"text":"may"}]}]}}
{"id":2,"text":"Officials said so.","factlens":{"labels":{"sourced":1,"speculation":0,"opinion":0,"claim":0,"other":0},"sentences":[]}}
fail-on 50%: 0
fail-on 30%: 1
bad: 2
# stderr:
factlens: speculation in 1 of 3 sentences (33.3%) is over the limit of 30% (--fail-on speculation=30%)
