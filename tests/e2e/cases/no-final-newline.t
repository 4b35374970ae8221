# name: input without a final newline: the last sentence is kept, the output ends as the input does
# setup: printf 'The pier opened. It may close' > stdin
# run: factlens -r "$E2E/rules" && echo && factlens -r "$E2E/rules" -f tsv < stdin
# stdout:
⟦claim⟧The pier opened. ⟦other⟧It ⟨t.may:may⟩ close
claim	1	1	-	The pier opened.
other	1	18	t.may	It may close
