# name: opinion in the ansi format without colour: the [opinion] tag, its cues underscored and named
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --format=ansi --color=never -r "$E2E/rules" -
# stdout:
[other] Harbour report

[claim] The harbour board met on Monday. [opinion] The welcome was a _disgrace_.
[speculation] The pier _may_ be _shameful_. [sourced] _Officials said_ the pier was a disgrace.
[opinion] The board _should think again_. [claim] "It was shameful," she wrote.
[other] Was it a _disgrace_?
  cues: 'disgrace' t.judge; 'may' t.may; 'shameful' t.judge; 'Officials said' t.said; 'should think again' t.should; 'disgrace' t.judge
