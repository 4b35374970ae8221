# name: opinion in the text format: the label marker on judgements, hedged judgements stay speculation, a judgement in a report or a quotation is marked but does not decide, a question stays other
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: -r "$E2E/rules"
# stdout:
⟦other⟧Harbour report

⟦claim⟧The harbour board met on Monday. ⟦opinion⟧The welcome was a ⟨t.judge:disgrace⟩.
⟦speculation⟧The pier ⟨t.may:may⟩ be ⟨t.judge:shameful⟩. ⟦sourced⟧⟨t.said:Officials said⟩ the pier was a disgrace.
⟦opinion⟧The board ⟨t.should:should think again⟩. ⟦claim⟧⟨t.quote:"It was shameful,"⟩ she wrote.
⟦other⟧Was it a ⟨t.judge:disgrace⟩?
# check: strip_markers stdout | cmp -s - stdin
