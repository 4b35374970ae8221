# name: config: "input" maps globs to input types: a glob without "/" matches the base name anywhere, one with "/" the path relative to the config's directory ("**/" any directories, also none); the first match wins ("*.txt" does not take notes/n.txt from "notes/*.txt"), over the extension; --input overrides all
# file: .factlens.yml
format: tsv
input:
  "*.mdx": markdown
  "pages/**/*.page": html
  "notes/*.txt": markdown
  "*.md": text
  "*.txt": html
# file: x.mdx
# The pier may open
# file: pages/a.page
<p title="may">It <code>may</code> go.</p>
# file: pages/deep/er/b.page
<p title="may">It <code>may</code> go.</p>
# file: other/c.page
<p title="may">It <code>may</code> go.</p>
# file: notes/n.txt
Run `may` now.
# file: notes/sub/n.txt
Run `may` now.
# file: r.md
Run `may` now.
# file: t.txt
<p title="may">It rained.</p>
# run: factlens -r "$E2E/rules" x.mdx pages/a.page pages/deep/er/b.page other/c.page notes/n.txt notes/sub/n.txt r.md t.txt && echo "-- from pages/deep" && (cd pages/deep && factlens -r "$E2E/rules" er/b.page ../../notes/n.txt ../../x.mdx) && echo "-- --input=text" && factlens -r "$E2E/rules" --input=text x.mdx pages/a.page
# stdout:
other	1	3	t.may	The pier may open
claim	1	16	-	It <code>may</code> go.
claim	1	16	-	It <code>may</code> go.
other	1	1	t.quote,t.may,t.may	<p title="may">It <code>may</code> go.</p>
claim	1	1	-	Run `may` now.
speculation	1	1	t.may	Run `may` now.
speculation	1	1	t.may	Run `may` now.
claim	1	16	-	It rained.
-- from pages/deep
claim	1	16	-	It <code>may</code> go.
claim	1	1	-	Run `may` now.
other	1	3	t.may	The pier may open
-- --input=text
other	1	1	t.may	# The pier may open
other	1	1	t.quote,t.may,t.may	<p title="may">It <code>may</code> go.</p>
