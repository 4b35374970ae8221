# name: opinion in colour: a bold yellow tag of its own and yellow-underlined cues, distinct from the other labels
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --color=always -r "$E2E/rules" -
# stdout:
[1m[other][0m Harbour report

[1;36m[claim][0m The harbour board met on Monday. [1;33m[opinion][0m The welcome was a [0m[4;33mdisgrace[0m.
[1;35m[speculation][0m The pier [0m[4;35mmay[0m be [0m[4;33mshameful[0m. [1;32m[sourced][0m [0m[4;32mOfficials said[0m the pier was a disgrace.
[1;33m[opinion][0m The board [0m[4;33mshould think again[0m. [1;36m[claim][0m [0m[3m"It was shameful,"[0m she wrote.
[1m[other][0m Was it a [0m[4;33mdisgrace[0m?
[2m  cues: 'disgrace' t.judge; 'may' t.may; 'shameful' t.judge; 'Officials said' t.said; 'should think again' t.should; 'disgrace' t.judge[0m
