# name: diag with --only opinion: one finding per opinion sentence, at its deciding cue
# args: --format=diag --only=opinion -r "$E2E/rules" -
# stdin:
Harbour report

The harbour board met on Monday. The welcome was a disgrace.
The pier may be shameful. Officials said the pier was a disgrace.
The board should think again. "It was shameful," she wrote.
Was it a disgrace?
# stdout:
-:3:52: opinion: the writer judges or recommends in their own voice: 'disgrace' [t.judge]
-:5:11: opinion: the writer judges or recommends in their own voice: 'should think again' [t.should]
