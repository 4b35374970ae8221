# name: the ansi format with --color=always: SGR escapes for tags and cues, reset after each
# args: --color=always -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
[1m[other][0m Harbour report

[1;36m[claim][0m The harbour board met on Monday. [1;35m[speculation][0m The new pier [0m[4;35mmay[0m open in spring.
[1;32m[sourced][0m [0m[4;32mOfficials said[0m the budget was [0m[3m"tight"[0m. [1m[other][0m Will the ferry return?
[2m  cues: 'may' t.may; 'Officials said' t.said[0m
