# name: diag: opinion sentences are among the default findings, at the cue that decided them
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --format=diag -r "$E2E/rules" -
# stdout:
-:3:52: opinion: the writer judges or recommends in their own voice: 'disgrace' [t.judge]
-:4:10: speculation: the writer hedges or infers instead of stating: 'may' [t.may]
-:5:11: opinion: the writer judges or recommends in their own voice: 'should think again' [t.should]
