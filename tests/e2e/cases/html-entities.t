# name: html: character references are decoded before matching (&amp; is &, m&#97;y and &#109;&#97;&#121; are the word may, &quot; a quotation mark, &#32; a space, &nbsp; not a plain space); cues and sentences are the original bytes
# run: factlens --no-config -r "$E2E/rules" ent.html && factlens --no-config -r "$E2E/rules" -f json ent.html
# file: ent.html
<p>The pier m&#97;y open &amp; the dock m&#x61;y too.</p>
<p>The&nbsp;board said it &quot;might&quot; close. The board&#32;said so.</p>
<p>Caf&eacute; owners &lt;might&gt; stay &copy; 2026, &#8220;may&#8221; &ldquo;they&rdquo; say.</p>
<p>Crème&nbsp;brûlée &mdash; m&#X61;y &#109;&#97;&#121; &hellip;</p>
# stdout:
<p>⟦speculation⟧The pier ⟨t.may:m&#97;y⟩ open &amp; the dock ⟨t.may:m&#x61;y⟩ too.</p>
<p>⟦claim⟧The&nbsp;board said it ⟨t.quote:&quot;⟨t.may:might⟩&quot;⟩ close. ⟦sourced⟧⟨t.said:The board&#32;said⟩ so.</p>
<p>⟦speculation⟧Caf&eacute; owners &lt;⟨t.may:might⟩&gt; stay &copy; 2026, &#8220;⟨t.may:may⟩&#8221; &ldquo;they&rdquo; say.</p>
<p>⟦other⟧Crème&nbsp;brûlée &mdash; ⟨t.may:m&#X61;y⟩ ⟨t.may:&#109;&#97;&#121;⟩ &hellip;</p>
{"type":"sentence","doc":"ent.html","index":0,"start":3,"end":53,"line":1,"col":4,"label":"speculation","text":"The pier m&#97;y open &amp; the dock m&#x61;y too.","cues":[{"rule":"t.may","category":"hedge","start":12,"end":19,"text":"m&#97;y"},{"rule":"t.may","category":"hedge","start":40,"end":48,"text":"m&#x61;y"}]}
{"type":"sentence","doc":"ent.html","index":1,"start":61,"end":108,"line":2,"col":4,"label":"claim","text":"The&nbsp;board said it &quot;might&quot; close.","cues":[{"rule":"t.quote","category":"quote","start":84,"end":101,"text":"&quot;might&quot;"},{"rule":"t.may","category":"hedge","start":90,"end":95,"text":"might"}]}
{"type":"sentence","doc":"ent.html","index":2,"start":109,"end":131,"line":2,"col":52,"label":"sourced","text":"The board&#32;said so.","cues":[{"rule":"t.said","category":"attribution","start":109,"end":127,"text":"The board&#32;said"}]}
{"type":"sentence","doc":"ent.html","index":3,"start":139,"end":231,"line":3,"col":4,"label":"speculation","text":"Caf&eacute; owners &lt;might&gt; stay &copy; 2026, &#8220;may&#8221; &ldquo;they&rdquo; say.","cues":[{"rule":"t.may","category":"hedge","start":162,"end":167,"text":"might"},{"rule":"t.may","category":"hedge","start":197,"end":200,"text":"may"}]}
{"type":"sentence","doc":"ent.html","index":4,"start":239,"end":303,"line":4,"col":4,"label":"other","text":"Crème&nbsp;brûlée &mdash; m&#X61;y &#109;&#97;&#121; &hellip;","cues":[{"rule":"t.may","category":"hedge","start":268,"end":276,"text":"m&#X61;y"},{"rule":"t.may","category":"hedge","start":277,"end":294,"text":"&#109;&#97;&#121;"}]}
{"type":"summary","doc":"ent.html","sentences":5,"labels":{"sourced":1,"speculation":2,"opinion":0,"claim":1,"other":1}}
# check: factlens --no-config -r "$E2E/rules" -f json ent.html > j && json_check ent.html j
# check: factlens --no-config -r "$E2E/rules" ent.html | strip_markers | cmp - ent.html
