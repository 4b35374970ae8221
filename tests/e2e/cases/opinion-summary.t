# name: summary: counts in the order sourced, speculation, opinion, claim, other, and the verdict names the opinions
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --format=summary -r "$E2E/rules" -
# stdout:
-: 8 sentences
  sourced           1   12.5%
  speculation       1   12.5%
  opinion           2   25.0%
  claim             2   25.0%
  other             2   25.0%
  cues: 1 hedge, 4 opinion, 1 attribution, 1 quote
  most frequent cues: t.judge (3), t.may (1), t.said (1), t.quote (1), t.should (1)
  1 of 8 sentences speculates; 2 give the writer's opinion; 1 cites a source; 2 state claims with no source; 2 are questions, headings or commands.
