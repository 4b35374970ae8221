# name: opinion in the tsv format: label column and cue rules
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --format=tsv -r "$E2E/rules" -
# stdout:
other	1	1	-	Harbour report
claim	3	1	-	The harbour board met on Monday.
opinion	3	34	t.judge	The welcome was a disgrace.
speculation	4	1	t.may,t.judge	The pier may be shameful.
sourced	4	27	t.said	Officials said the pier was a disgrace.
opinion	5	1	t.should	The board should think again.
claim	5	31	t.quote	"It was shameful," she wrote.
other	6	1	t.judge	Was it a disgrace?
