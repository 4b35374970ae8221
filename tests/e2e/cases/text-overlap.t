# name: the text format marks overlapping cues unambiguously: a plain closer ends the cue opened last, a cue that ends while a later one is open closes by name; nested cues stay nested, and the recipe gives the input back
# args: -r "$E2E/rules" -a over.yml -a inner.yml
# file: over.yml
category: attribution
rules:
  - id: o.after-quote
    explain: A quotation's end, then who said it.
    pattern: ',"\s+said\s+\p{Lu}\p{Ll}+'
    scope: before
    examples:
      match: ['"We will," said Brask.']
# file: inner.yml
category: booster
rules:
  - id: o.board
    explain: The board, inside its attribution.
    pattern: '\bThe board\b'
    examples:
      match: ['The board met.']
# stdin:
"The ferry will keep to the timetable," said Brask. The board said \⟨/o.board⟩ was text.
# stdout:
⟦sourced⟧⟨t.quote:"The ferry will keep to the timetable⟨o.after-quote:,"⟨/t.quote⟩ said Brask⟩. ⟦sourced⟧⟨t.said:⟨o.board:The board⟩ said⟩ \\\⟨/o.board\⟩ was text.
# check: strip_markers stdout | cmp - stdin
