# name: --add-rules puts a custom rule next to the built-in ones
# args: -a extra.yml
# file: extra.yml
category: vague-source
rules:
  - id: x.grapevine
    explain: Heard it through the grapevine.
    words: [through the grapevine]
    examples:
      match: ["We heard it through the grapevine."]
# stdin:
The board heard through the grapevine that the pier had opened.
# stdout-match: ⟨x\.grapevine:through the grapevine⟩
# check: strip_markers stdout | cmp - stdin
