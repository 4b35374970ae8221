# name: paragraphs matched together keep the order of what goes to stderr: a limit report of the first paragraph, the directive warning of the second, the limit report of the third
# setup: awk 'BEGIN { printf "Maybe "; for (i = 0; i < 60; i++) printf "a"; print "b."; print ""; print "factlens: disable x.nosuch"; print "Maybe it rains."; print ""; printf "Maybe "; for (i = 0; i < 60; i++) printf "a"; print "b." }' > stdin
# args: -f tsv --match-limit=500 -r slow.yml
# file: slow.yml
category: hedge
rules:
  - id: x.slow
    explain: Catastrophic backtracking.
    pattern: '(a+)+$'
    examples:
      match: ["aaa"]
  - id: x.maybe
    explain: Maybe.
    words: [maybe]
    examples:
      match: ["Maybe."]
# stderr:
factlens: -:1:1: rule 'x.slow' (slow.yml:3:5): match limit exceeded; cue skipped
factlens: -:3:1: warning: unknown rule or category 'x.nosuch'
factlens: -:6:1: rule 'x.slow' (slow.yml:3:5): match limit exceeded; cue skipped
# check: test "$(grep -c '^speculation	' stdout)" -eq 3
# status: 2
