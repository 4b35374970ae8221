# name: the summary format counts the cues of each category, stance included, before the most frequent rules
# args: --no-config -r "$E2E/rules" -f summary -
# stdin:
The board hoped the pier may open. The pier may open.
Officials said the board feared a storm.
# stdout:
-: 3 sentences
  sourced           1   33.3%
  speculation       1   33.3%
  opinion           0    0.0%
  claim             1   33.3%
  other             0    0.0%
  cues: 2 hedge, 1 attribution, 2 stance
  most frequent cues: t.may (2), t.hoped (2), t.said (1)
  1 of 3 sentences speculates; 0 give the writer's opinion; 1 cites a source; 1 states a claim with no source.
