# name: html: a word right after &amp; ("&amp;may" reads "&may") is found at its own bytes, not shifted into the reference
# args: --no-config -r "$E2E/rules" -f json amp.html
# file: amp.html
<p>It &amp;may go. It &amp;amp;might go.</p>
# stdout:
{"type":"sentence","doc":"amp.html","index":0,"start":3,"end":18,"line":1,"col":4,"label":"speculation","text":"It &amp;may go.","cues":[{"rule":"t.may","category":"hedge","start":11,"end":14,"text":"may"}]}
{"type":"sentence","doc":"amp.html","index":1,"start":19,"end":40,"line":1,"col":20,"label":"speculation","text":"It &amp;amp;might go.","cues":[{"rule":"t.may","category":"hedge","start":31,"end":36,"text":"might"}]}
{"type":"summary","doc":"amp.html","sentences":2,"labels":{"sourced":0,"speculation":2,"opinion":0,"claim":0,"other":0}}
