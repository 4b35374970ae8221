# name: --only opinion names the label: the opinion sentences only, not speculation with an opinion cue or a question that judges
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --only=opinion -f tsv -r "$E2E/rules" -
# stdout:
opinion	3	34	t.judge	The welcome was a disgrace.
opinion	5	1	t.should	The board should think again.
