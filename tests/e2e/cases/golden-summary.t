# name: the summary format: counts, shares, top cues, verdict
# args: --format=summary -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
-: 5 sentences
  sourced           1   20.0%
  speculation       1   20.0%
  opinion           0    0.0%
  claim             1   20.0%
  other             2   40.0%
  most frequent cues: t.may (1), t.said (1), t.quote (1)
  1 of 5 sentences speculates; 0 give the writer's opinion; 1 cites a source; 1 states a claim with no source; 2 are questions, headings or commands.
