# name: diag with --only opinion: one finding per opinion sentence, at its deciding cue
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --format=diag --only=opinion -r "$E2E/rules" -
# stdout:
-:3:52: opinion: the writer judges or recommends in their own voice: 'disgrace' [t.judge]
-:5:11: opinion: the writer judges or recommends in their own voice: 'should think again' [t.should]
