# name: --rules DIR loads every *.yml and *.yaml file in name order, and only those rules
# setup: mkdir r && cp "$E2E/rules/3-quote.yml" r/a.yaml && cp "$E2E/rules/1-hedge.yml" r/b.yml && echo 'not: [yaml' > r/notes.txt
# run: factlens --rules r --list-rules && factlens --rules r -f tsv
# stdin:
The pier may open. Officials said "so".
# stdout:
t.quote	quote	Straight quotation marks.
t.may	hedge	A modal verb of possibility.
speculation	1	1	t.may	The pier may open.
claim	1	20	t.quote	Officials said "so".
