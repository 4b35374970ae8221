# name: a directory as input is an error for that input only
# setup: mkdir adir; printf 'The pier may open.\n' > a.txt
# args: -f tsv -r "$E2E/rules" adir a.txt
# stdout:
speculation	1	1	t.may	The pier may open.
# stderr:
factlens: adir: Is a directory
# status: 2
