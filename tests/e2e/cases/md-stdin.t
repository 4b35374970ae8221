# name: standard input is plain text unless --input says otherwise (also for "-" among files); --input=markdown reads it as Markdown
# run: factlens --no-config -r "$E2E/rules" -f tsv < in.md && factlens --no-config -r "$E2E/rules" -f tsv - < in.md && factlens --no-config -r "$E2E/rules" -f tsv --input=markdown < in.md
# file: in.md
# The pier may open

Run `may` now.
# stdout:
other	1	1	t.may	# The pier may open
speculation	3	1	t.may	Run `may` now.
other	1	1	t.may	# The pier may open
speculation	3	1	t.may	Run `may` now.
other	1	3	t.may	The pier may open
claim	3	1	-	Run `may` now.
