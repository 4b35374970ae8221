# name: text format: removing the markers gives back the input, with backslashes and marker characters in it
# stdin:
A \ backslash, a \\ double, ⟦claim⟧ and ⟨x.y:z⟩ in the input may confuse.
  Officials said "it is \⟩ fine". It might rain\
⟦⟧⟨⟩ ⟨ ⟩ \⟦ \\⟧ may. Was it clear?

- an item that may matter
1) another item
  trailing spaces   
# run: factlens < stdin > out.builtin && factlens -r "$E2E/rules" < stdin
# check: strip_markers stdout | cmp - stdin
# check: strip_markers out.builtin | cmp - stdin
# stdout-match: \\⟦claim\\⟧
# stdout-match: A \\\\ backslash
