# name: opinion in CriticMarkup: opinion sentences are highlighted with the reason and their cues
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --format=critic -r "$E2E/rules" -
# stdout:
Harbour report

The harbour board met on Monday. {==The welcome was a disgrace.==}{>>opinion: the writer judges or recommends in their own voice; cues: opinion 'disgrace' [t.judge]<<}
{==The pier may be shameful.==}{>>speculation: the writer hedges or infers instead of stating; cues: hedge 'may' [t.may], opinion 'shameful' [t.judge]<<} Officials said the pier was a disgrace.
{==The board should think again.==}{>>opinion: the writer judges or recommends in their own voice; cues: opinion 'should think again' [t.should]<<} "It was shameful," she wrote.
Was it a disgrace?
