# name: jsonl: CRLF line ends and a UTF-8 byte order mark on line 1 are accepted, blank lines (CRLF too) are skipped but counted, a last line without a line end is read; the output is that of the plain LF file
# setup: printf '\357\273\277{"id":1,"text":"The pier may open."}\r\n\r\n{"id":2,"text":"It opened.\\r\\nWill it?"}\r\n{"text":"No id."}' > crlf.jsonl
# setup: printf '{"id":1,"text":"The pier may open."}\n\n{"id":2,"text":"It opened.\\r\\nWill it?"}\n{"text":"No id."}\n' > lf.jsonl
# run: factlens -r "$E2E/rules" -f json crlf.jsonl > crlf.out && factlens -r "$E2E/rules" -f json lf.jsonl > lf.out && cmp crlf.out lf.out && factlens -r "$E2E/rules" -f tsv crlf.jsonl
# stdout:
1	speculation	1	1	t.may	The pier may open.
2	claim	1	1	-	It opened.
2	other	2	1	-	Will it?
4	claim	1	1	-	No id.
