# name: --check-rules on a bad pattern: its position and PCRE2's message
# args: --check-rules --rules bad.yml
# file: bad.yml
category: hedge
rules:
  - id: x.bad
    explain: An unclosed group.
    pattern: '(maybe'
    examples:
      match: ["Maybe."]
# stderr-match: ^factlens: bad\.yml:5:14: rule 'x\.bad': .*missing closing parenthesis
# status: 2
