# name: diag: opinion sentences are among the default findings, at the cue that decided them
# args: --format=diag -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The welcome was a disgrace.
The pier may be shameful. Officials said the pier was a disgrace.
The board should think again. "It was shameful," she wrote.
Was it a disgrace?
# stdout:
-:3:52: opinion: the writer judges or recommends in their own voice: 'disgrace' [t.judge]
-:4:10: speculation: the writer hedges or infers instead of stating: 'may' [t.may]
-:5:11: opinion: the writer judges or recommends in their own voice: 'should think again' [t.should]
