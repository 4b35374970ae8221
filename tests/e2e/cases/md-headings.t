# name: markdown: ATX and setext headings, also in a list item and a quote, are always "other", even with a cue, a full stop or a question; the same line as plain text is not
# run: factlens --no-config -r "$E2E/rules" -f tsv head.md && head -n 1 head.md | factlens --no-config -r "$E2E/rules" -f tsv
# file: head.md
# The pier may open in spring.

## Officials said the pier might close.

The pier may open. Officials said so.

Setext heading: the board may meet.
===================================

### Will the pier open? It may. ###

Second setext heading might follow
----------------------------------

- ## A heading in a list item may count.

> #### A heading in a quote might count.
# stdout:
other	1	3	t.may	The pier may open in spring.
other	3	4	t.said,t.may	Officials said the pier might close.
speculation	5	1	t.may	The pier may open.
sourced	5	20	t.said	Officials said so.
other	7	1	t.may	Setext heading: the board may meet.
other	10	5	-	Will the pier open?
other	10	25	t.may	It may.
other	12	1	t.may	Second setext heading might follow
other	15	6	t.may	A heading in a list item may count.
other	17	8	t.may	A heading in a quote might count.
speculation	1	1	t.may	# The pier may open in spring.
# check: factlens --no-config -r "$E2E/rules" -f json head.md > j && json_check head.md j
