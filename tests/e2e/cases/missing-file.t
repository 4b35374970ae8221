# name: a missing file among several: reported, the others processed, exit 2
# setup: printf 'The pier may open.\n' > a.txt; printf 'Officials said so.\n' > b.txt
# args: -f tsv -r "$E2E/rules" a.txt missing.txt b.txt
# stdout:
speculation	1	1	t.may	The pier may open.
sourced	1	1	t.said	Officials said so.
# stderr:
factlens: missing.txt: No such file or directory
# status: 2
