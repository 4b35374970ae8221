# name: html on standard input is plain text unless --input=html; with it, tags are skipped and positions are those of the input
# run: factlens --no-config -r "$E2E/rules" -f tsv < in.html && factlens --no-config -r "$E2E/rules" -f tsv --input=html < in.html && factlens --no-config -r "$E2E/rules" -f json --input=html - < in.html > j && json_check in.html j
# file: in.html
<p title="may">The pier <code>may</code> open. It <em>might</em>.</p>
# stdout:
speculation	1	1	t.quote,t.may,t.may	<p title="may">The pier <code>may</code> open.
other	1	48	t.may	It <em>might</em>.</p>
claim	1	16	-	The pier <code>may</code> open.
speculation	1	48	t.may	It <em>might</em>.
