# name: --only in the text format prints the chosen sentences, one a line
# args: --only=speculation,other -r "$E2E/rules"
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
⟦other⟧Harbour report
⟦speculation⟧The new pier ⟨t.may:may⟩ open in spring.
⟦other⟧Will the ferry return?
