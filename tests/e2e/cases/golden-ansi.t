# name: the ansi format without colour: label tags, cues between underscores, a line naming each cue's rule
# args: --format=ansi --color=never -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
[other] Harbour report

[claim] The harbour board met on Monday. [speculation] The new pier _may_ open in spring.
[sourced] _Officials said_ the budget was "tight". [other] Will the ferry return?
  cues: 'may' t.may; 'Officials said' t.said
