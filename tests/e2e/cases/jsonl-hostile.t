# name: jsonl: hostile lines end quickly in bounded memory: nesting 100,000 deep (the JSON library stops at 2048), 5 MB of brackets, a 3 MB text without a sentence end, a million blank lines, a last line without a line end
# setup: python3 -c "import sys; w = sys.stdout.write; w('{\"text\":\"x\",\"a\":' + '['*100000 + ']'*100000 + '}\n'); w('[' * 5000000 + '\n'); w('{\"id\":3,\"text\":\"' + 'a' * 3000000 + '\"}\n'); w('\n' * 1000000); w('{\"text\":\"It opened.\"}')" > in.jsonl
# run: factlens -r "$E2E/rules" -f tsv in.jsonl | cut -c1-30
# status: 0
# stderr:
factlens: in.jsonl:1: invalid JSON at byte 2064: maximum parsing depth reached near '['
factlens: in.jsonl:2: invalid JSON at byte 2049: maximum parsing depth reached near '['
# stdout:
3	other	1	1	-	aaaaaaaaaaaaaaaa
1000004	claim	1	1	-	It opened.
