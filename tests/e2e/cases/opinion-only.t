# name: --only opinion names the label: the opinion sentences only, not speculation with an opinion cue or a question that judges
# args: --only=opinion -f tsv -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The welcome was a disgrace.
The pier may be shameful. Officials said the pier was a disgrace.
The board should think again. "It was shameful," she wrote.
Was it a disgrace?
# stdout:
opinion	3	34	t.judge	The welcome was a disgrace.
opinion	5	1	t.should	The board should think again.
