# name: --only with a cue category prints the sentences that have such a cue
# args: --only=attribution -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
⟦sourced⟧⟨t.said:Officials said⟩ the budget was ⟨t.quote:"tight"⟩.
