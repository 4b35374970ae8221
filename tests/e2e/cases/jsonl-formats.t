# name: jsonl: formats that cannot show records are refused with a usage error before any output, and so is -f records with another --input; -f records reads JSON Lines from any file and from standard input; without -f, JSON Lines input gets records and anything else keeps the text format
# file: a.jsonl
{"text":"It opened."}
# file: b.txt
It opened.
# run: for f in text ansi html diag critic; do factlens -r "$E2E/rules" -f $f a.jsonl > out 2> err; echo "$f $? $(wc -c < out) $(head -1 err)"; done; factlens -r "$E2E/rules" --input=text -f records b.txt 2>&1 | head -1; factlens -r "$E2E/rules" -f records -o other b.txt 2>&1; factlens -r "$E2E/rules" -f records -o other < a.jsonl; factlens -r "$E2E/rules" a.jsonl b.txt 2>&1 | head -1; factlens -r "$E2E/rules" b.txt
# stdout:
text 2 0 factlens: --format=text cannot show JSON Lines records (use records, json, tsv or summary)
ansi 2 0 factlens: --format=ansi cannot show JSON Lines records (use records, json, tsv or summary)
html 2 0 factlens: --format=html cannot show JSON Lines records (use records, json, tsv or summary)
diag 2 0 factlens: --format=diag cannot show JSON Lines records (use records, json, tsv or summary)
critic 2 0 factlens: --format=critic cannot show JSON Lines records (use records, json, tsv or summary)
factlens: --format=records reads JSON Lines, not text
factlens: b.txt:1: invalid JSON at byte 2: invalid token near 'It'
{"factlens":{"error":"invalid JSON at byte 2: invalid token near 'It'","line":1}}
{"text":"It opened.","factlens":{"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0},"sentences":[]}}
factlens: --format=text cannot show JSON Lines records (use records, json, tsv or summary)
⟦claim⟧It opened.
