# name: the summary format with two inputs adds a total
# file: a.txt
The pier may open. The board met.
# file: b.txt
Officials said so.
# args: --format=summary -r "$E2E/rules" a.txt b.txt
# stdout-match: ^total: 3 sentences$
# stdout-match: ^  1 of 3 sentences speculates; 0 give the writer's opinion; 1 cites a source; 1 states a claim with no source\.$
