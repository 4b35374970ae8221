# name: the text format on a small multi-paragraph input (test rules)
# args: --rules "$E2E/rules"
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
⟦other⟧Harbour report

⟦claim⟧The harbour board met on Monday. ⟦speculation⟧The new pier ⟨t.may:may⟩ open in spring.
⟦sourced⟧⟨t.said:Officials said⟩ the budget was ⟨t.quote:"tight"⟩. ⟦other⟧Will the ferry return?
