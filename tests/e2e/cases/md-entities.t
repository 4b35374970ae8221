# name: markdown: character references and backslash escapes are decoded before matching (m&#97;y is the word may, &quot; a quotation mark); cues and sentences are the original bytes
# run: factlens --no-config -r "$E2E/rules" -f json ent.md && factlens --no-config -r "$E2E/rules" ent.md
# file: ent.md
The pier m&#97;y open &amp; the dock m&#x61;y too.
The board&#32;said it &quot;might&quot; close.
Caf&eacute; owners \*may\* stay &copy; 2026 &lt;might&gt; &#8220;may&#8221;.
# stdout:
{"type":"sentence","doc":"ent.md","index":0,"start":0,"end":50,"line":1,"col":1,"label":"speculation","text":"The pier m&#97;y open &amp; the dock m&#x61;y too.","cues":[{"rule":"t.may","category":"hedge","start":9,"end":16,"text":"m&#97;y"},{"rule":"t.may","category":"hedge","start":37,"end":45,"text":"m&#x61;y"}]}
{"type":"sentence","doc":"ent.md","index":1,"start":51,"end":97,"line":2,"col":1,"label":"sourced","text":"The board&#32;said it &quot;might&quot; close.","cues":[{"rule":"t.said","category":"attribution","start":51,"end":69,"text":"The board&#32;said"},{"rule":"t.quote","category":"quote","start":73,"end":90,"text":"&quot;might&quot;"},{"rule":"t.may","category":"hedge","start":79,"end":84,"text":"might"}]}
{"type":"sentence","doc":"ent.md","index":2,"start":98,"end":174,"line":3,"col":1,"label":"speculation","text":"Caf&eacute; owners \\*may\\* stay &copy; 2026 &lt;might&gt; &#8220;may&#8221;.","cues":[{"rule":"t.may","category":"hedge","start":119,"end":122,"text":"may"},{"rule":"t.may","category":"hedge","start":146,"end":151,"text":"might"},{"rule":"t.may","category":"hedge","start":163,"end":166,"text":"may"}]}
{"type":"summary","doc":"ent.md","sentences":3,"labels":{"sourced":1,"speculation":2,"opinion":0,"claim":0,"other":0}}
⟦speculation⟧The pier ⟨t.may:m&#97;y⟩ open &amp; the dock ⟨t.may:m&#x61;y⟩ too.
⟦sourced⟧⟨t.said:The board&#32;said⟩ it ⟨t.quote:&quot;⟨t.may:might⟩&quot;⟩ close.
⟦speculation⟧Caf&eacute; owners \\*⟨t.may:may⟩\\* stay &copy; 2026 &lt;⟨t.may:might⟩&gt; &#8220;⟨t.may:may⟩&#8221;.
# check: factlens --no-config -r "$E2E/rules" -f json ent.md > j && json_check ent.md j
# check: factlens --no-config -r "$E2E/rules" ent.md | strip_markers | cmp - ent.md
