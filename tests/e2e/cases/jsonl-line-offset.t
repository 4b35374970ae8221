# name: jsonl: --line-offset N numbers the lines from N+1 (a chunk of a larger file): in reports, error lines and ids taken from the line number; a byte order mark is then not at line 1 and not skipped
# setup: printf '\357\273\277{"text":"It opened."}\n{"id":2}\n{"text":"No id."}\n' > chunk.jsonl
# run: factlens -r "$E2E/rules" --line-offset=1000 chunk.jsonl; factlens -r "$E2E/rules" --line-offset=1000 -f tsv chunk.jsonl 2>/dev/null
# status: 2
# stderr:
factlens: chunk.jsonl:1001: invalid JSON at byte 3: invalid token near '﻿'
factlens: chunk.jsonl:1002: no text field 'text'
# stdout:
{"factlens":{"error":"invalid JSON at byte 3: invalid token near '﻿'","line":1001}}
{"id":2,"factlens":{"error":"no text field 'text'","line":1002}}
{"text":"No id.","factlens":{"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0},"sentences":[{"index":0,"start":0,"end":6,"line":1,"col":1,"label":"claim","text":"No id.","cues":[]}]}}
1003	claim	1	1	-	No id.
