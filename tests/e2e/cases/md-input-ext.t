# name: the input type follows the extension (.md and .markdown are Markdown, .html and .htm HTML, any other text), and --input overrides it for every file
# setup: printf '# The pier may open\n\nRun `may` now.\n' > a.md; cp a.md a.markdown; cp a.md a.txt; cp a.md a; printf '<p title="may">It <code>may</code> go.</p>\n' > b.html; cp b.html b.htm; cp b.html b.txt
# run: factlens --no-config -r "$E2E/rules" -f tsv a.md a.markdown a.txt a b.html b.htm b.txt && echo "-- --input=text" && factlens --no-config -r "$E2E/rules" -f tsv --input=text a.md b.html && echo "-- --input=markdown" && factlens --no-config -r "$E2E/rules" -f tsv --input=markdown a.txt b.html && echo "-- --input=html" && factlens --no-config -r "$E2E/rules" -f tsv --input html b.txt a.md
# stdout:
other	1	3	t.may	The pier may open
claim	3	1	-	Run `may` now.
other	1	3	t.may	The pier may open
claim	3	1	-	Run `may` now.
other	1	1	t.may	# The pier may open
speculation	3	1	t.may	Run `may` now.
other	1	1	t.may	# The pier may open
speculation	3	1	t.may	Run `may` now.
claim	1	16	-	It <code>may</code> go.
claim	1	16	-	It <code>may</code> go.
other	1	1	t.quote,t.may,t.may	<p title="may">It <code>may</code> go.</p>
-- --input=text
other	1	1	t.may	# The pier may open
speculation	3	1	t.may	Run `may` now.
other	1	1	t.quote,t.may,t.may	<p title="may">It <code>may</code> go.</p>
-- --input=markdown
other	1	3	t.may	The pier may open
claim	3	1	-	Run `may` now.
-- --input=html
claim	1	16	-	It <code>may</code> go.
speculation	1	1	t.may,t.may	# The pier may open  Run `may` now.
