# name: --check-rules with a bad --add-rules file reports it at its position, exit 2
# args: --check-rules -a extra.yml
# file: extra.yml
category: booster
rules:
  - id: x.one
    explain: Fine.
    words: [surely]
    examples: {match: ["Surely."]}
  - id: x.two
    words: [certainly]
    examples: {match: ["Certainly."]}
# stderr-match: ^factlens: extra\.yml:7:5: rule 'x\.two' has no explain$
# status: 2
