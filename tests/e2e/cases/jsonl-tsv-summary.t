# name: jsonl: -f tsv puts the record's id first (a string decoded, tabs folded); -f summary gives one line per record, then the total
# file: in.ndjson
{"id":"a\tb","text":"The pier may open. It opened."}
{"id":2.0,"text":"Officials said so.\n\nWill it?"}
{"text":"It might."}
# run: factlens -r "$E2E/rules" -f tsv in.ndjson && factlens -r "$E2E/rules" -f summary in.ndjson
# stdout:
a b	speculation	1	1	t.may	The pier may open.
a b	claim	1	20	-	It opened.
2.0	sourced	1	1	t.said	Officials said so.
2.0	other	3	1	-	Will it?
3	speculation	1	1	t.may	It might.
a b: 2 sentences: sourced 0, speculation 1, opinion 0, claim 1, other 0
2.0: 2 sentences: sourced 1, speculation 0, opinion 0, claim 0, other 1
3: 1 sentence: sourced 0, speculation 1, opinion 0, claim 0, other 0
total: 5 sentences
  sourced           1   20.0%
  speculation       2   40.0%
  opinion           0    0.0%
  claim             1   20.0%
  other             1   20.0%
  cues: 2 hedge, 1 attribution
  most frequent cues: t.may (2), t.said (1)
  2 of 5 sentences speculate; 0 give the writer's opinion; 1 cites a source; 1 states a claim with no source; 1 is a question, heading or command.
