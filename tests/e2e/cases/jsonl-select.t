# name: jsonl: the input type comes from .jsonl and .ndjson (any case), the config's input globs, --input=jsonl, or --label on standard input
# file: .factlens.yml
input:
  "*.log": jsonl
# file: a.log
{"id":"log","text":"It opened."}
# file: b.NDJSON
{"id":"nd","text":"It opened."}
# file: c.txt
{"id":"txt","text":"It opened."}
# run: factlens -r "$E2E/rules" -f tsv a.log b.NDJSON && factlens -r "$E2E/rules" -f tsv --input=jsonl c.txt && factlens -r "$E2E/rules" -f tsv --label=in.jsonl < c.txt && factlens -r "$E2E/rules" -f tsv < c.txt && factlens -r "$E2E/rules" --print-config | grep "jsonl.*default"
# stdout:
log	claim	1	1	-	It opened.
nd	claim	1	1	-	It opened.
txt	claim	1	1	-	It opened.
txt	claim	1	1	-	It opened.
claim	1	1	t.quote,t.quote,t.quote,t.quote	{"id":"txt","text":"It opened."}
  "*.jsonl": jsonl	# default
  "*.ndjson": jsonl	# default
