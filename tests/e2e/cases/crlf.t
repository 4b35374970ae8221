# name: CRLF line ends: blank CRLF lines split paragraphs, positions count lines, CR never in a tsv field
# setup: printf 'Harbour report\r\n\r\nThe pier may open.\r\nOfficials said so.\r\n' > stdin
# run: factlens -f tsv -r "$E2E/rules" && factlens -r "$E2E/rules" < stdin > text.out
# stdout:
other	1	1	-	Harbour report
speculation	3	1	t.may	The pier may open.
sourced	4	1	t.said	Officials said so.
# check: strip_markers text.out | cmp - stdin
