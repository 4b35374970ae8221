# name: the diag format: FILE:LINE:COL: LABEL: message [rule-id], speculation by default
# args: --format=diag -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
-:3:47: speculation: the writer hedges or infers instead of stating: 'may' [t.may]
