# name: markdown: text after a backslash hard break and then a two-space hard break is still annotated
# args: --no-config -r "$E2E/rules" -f tsv breaks.md
# setup: printf 'Open\\\nand close.  \nThree may.\n' > breaks.md
# stdout:
other	1	1	-	Open
claim	2	1	-	and close.
speculation	3	1	t.may	Three may.
