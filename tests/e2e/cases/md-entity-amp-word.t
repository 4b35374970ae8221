# name: markdown: a word right after &amp; ("&amp;may" reads "&may") is found at its own bytes, not shifted into the reference
# args: --no-config -r "$E2E/rules" -f json amp.md
# file: amp.md
It &amp;may go. It &amp;amp;might go.
# stdout:
{"type":"sentence","doc":"amp.md","index":0,"start":0,"end":15,"line":1,"col":1,"label":"speculation","text":"It &amp;may go.","cues":[{"rule":"t.may","category":"hedge","start":8,"end":11,"text":"may"}]}
{"type":"sentence","doc":"amp.md","index":1,"start":16,"end":37,"line":1,"col":17,"label":"speculation","text":"It &amp;amp;might go.","cues":[{"rule":"t.may","category":"hedge","start":28,"end":33,"text":"might"}]}
{"type":"summary","doc":"amp.md","sentences":2,"labels":{"sourced":0,"speculation":2,"opinion":0,"claim":0,"other":0}}
