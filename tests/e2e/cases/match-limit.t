# name: a rule that hits the PCRE2 match limit: reported with its rule id, the other cues still found, the run goes on
# setup: awk 'BEGIN { printf "Maybe "; for (i = 0; i < 80; i++) printf "a"; print "b maybe."; print "The pier may open." }' > stdin
# args: -f tsv --match-limit=1000 -r slow.yml -a "$E2E/rules/1-hedge.yml"
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
# stderr-match: ^factlens: -:1:1: rule 'x\.slow'.*match limit
# stdout-match: ^speculation	1	1	x\.maybe,x\.maybe	Maybe a+b maybe\.$
# stdout-match: ^speculation	2	1	t\.may	The pier may open\.$
# status: 2
