# name: at most 20 match-limit messages, then one line saying so; every sentence still annotated
# setup: awk 'BEGIN { for (j = 0; j < 40; j++) { printf "Maybe "; for (i = 0; i < 60; i++) printf "a"; print "b." } }' > stdin
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
# stderr-match: too many
# check: test "$(grep -c "rule 'x.slow'" stderr)" -eq 20
# check: test "$(wc -l < stderr)" -eq 21
# check: test "$(grep -c '^speculation	' stdout)" -eq 40
# status: 2
