# name: "-" reads standard input, also between files
# setup: printf 'It rained.\n' > a.txt
# args: -f tsv -r "$E2E/rules" a.txt - a.txt
# stdin:
The pier may open.
# stdout:
claim	1	1	-	It rained.
speculation	1	1	t.may	The pier may open.
claim	1	1	-	It rained.
