# name: --check-rules counts in the singular when there is one of a thing: 1 rule, 1 example, 1 problem
# args: --check-rules -r one.yml
# file: one.yml
category: hedge
rules:
  - id: x.maybe
    explain: Maybe.
    words: [maybe]
    examples:
      match: ["Perhaps."]
# stdout:
1 rule, 1 example, 1 problem
# stderr:
factlens: one.yml:7:15: rule 'x.maybe': example 'Perhaps.' does not match
# status: 2
