# name: --check-rules on a rule file with a mistake: FILE:LINE:COL message, exit 2
# args: --check-rules -r bad.yml
# file: bad.yml
category: hedge
rules:
  - id: x.one
    explain: A rule with a misspelt key.
    words: [maybe]
    exampels:
      match: ["Maybe."]
# stderr:
factlens: bad.yml:6:5: rule 'x.one': unknown key 'exampels'
# status: 2
