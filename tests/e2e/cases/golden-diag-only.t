# name: diag with --only: claims and attribution cues instead of the defaults
# args: --format=diag --only=claim,attribution -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
-:3:1: claim: stated as fact with no source, hedge or judgement
-:4:1: sourced: attribution 'Officials said': A named body said something; the content follows. [t.said]
