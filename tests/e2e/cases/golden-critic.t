# name: the critic format: CriticMarkup around findings, the rest unchanged
# args: --format=critic -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The new pier may open in spring.
Officials said the budget was "tight". Will the ferry return?
# stdout:
Harbour report

The harbour board met on Monday. {==The new pier may open in spring.==}{>>speculation: the writer hedges or infers instead of stating; cues: hedge 'may' [t.may]<<}
Officials said the budget was "tight". Will the ferry return?
