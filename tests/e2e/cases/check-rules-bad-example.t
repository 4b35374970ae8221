# name: --check-rules reports an example that does not behave, at the example
# args: --check-rules -r good.yml -r bad.yml
# file: good.yml
category: hedge
rules:
  - id: x.good
    explain: Fine.
    words: [perhaps]
    examples:
      match: ["Perhaps."]
# file: bad.yml
category: hedge
rules:
  - id: x.maybe
    explain: Maybe.
    words: [maybe]
    examples:
      match: ["Maybe.", "Perhaps."]
      nomatch: ["It may be."]
# stdout:
2 rules, 4 examples, 1 problem
# stderr:
factlens: bad.yml:7:25: rule 'x.maybe': example 'Perhaps.' does not match
# status: 2
