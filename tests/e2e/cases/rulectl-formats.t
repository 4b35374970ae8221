# name: --disable takes a rule out of every format, of the labels and of the --fail-on counts, and --print-config lists the rule control in order; built-in rules can be turned off by id and by category too
# file: a.txt
The pier may open. Officials said "no". It is clearly over, experts say.
# run: for f in json diag summary; do factlens --no-config -r "$E2E/rules" -f $f -o speculation,sourced,quote --disable t.may --disable quote --fail-on speculation a.txt || echo "status $?"; done; factlens --no-config --disable hedge --enable hedge.modal --print-config | grep -A2 '^rule control:'
# check: factlens --no-config -f tsv a.txt > builtin && grep -q 'booster\.' builtin && grep -q 'hedge.modal' builtin
# check: factlens --no-config -f tsv --disable booster --disable hedge.modal a.txt > off && ! grep -q 'booster\.' off && ! grep -q 'hedge\.modal' off
# stdout:
{"type":"sentence","doc":"a.txt","index":1,"start":19,"end":39,"line":1,"col":20,"label":"sourced","text":"Officials said \"no\".","cues":[{"rule":"t.said","category":"attribution","start":19,"end":33,"text":"Officials said"}]}
{"type":"summary","doc":"a.txt","sentences":3,"labels":{"sourced":1,"speculation":0,"opinion":0,"claim":2,"other":0}}
a.txt:1:20: sourced: the writer reports what a named source said: 'Officials said' [t.said]
a.txt: 3 sentences
  sourced           1   33.3%
  speculation       0    0.0%
  opinion           0    0.0%
  claim             2   66.7%
  other             0    0.0%
  most frequent cues: t.said (1)
  0 of 3 sentences speculate; 0 give the writer's opinion; 1 cites a source; 2 state claims with no source.
rule control:
  - disable hedge	# command line
  - enable hedge.modal	# command line
