# name: jsonl: --text-field and --id-field take dotted paths into nested objects; the last of two members with one name wins, as in the JSON library
# file: in.jsonl
{"meta":{"id":"n-1","src":{"id":9}},"article":{"title":"Pier","body":"The pier may open."}}
{"meta":{"id":"n-2"},"article":{"body":"It opened.","body":"It might."}}
{"meta":{"id":"n-3"},"article":"flat"}
{"meta":{"id":{"x":1}},"article":{"body":"It opened."}}
# run: factlens -r "$E2E/rules" -f tsv --text-field article.body --id-field meta.id in.jsonl; echo "-- meta.src.id"; factlens -r "$E2E/rules" -f tsv --text-field article.body --id-field meta.src.id in.jsonl 2>/dev/null
# status: 2
# stderr:
factlens: in.jsonl:3: no text field 'article.body'
factlens: in.jsonl:4: id field 'meta.id' is an object, not a scalar
# stdout:
n-1	speculation	1	1	t.may	The pier may open.
n-2	speculation	1	1	t.may	It might.
-- meta.src.id
9	speculation	1	1	t.may	The pier may open.
2	speculation	1	1	t.may	It might.
4	claim	1	1	-	It opened.
