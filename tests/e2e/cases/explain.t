# name: --explain prints a rule's category, place, explanation, pattern and examples; an unknown id is an error
# run: factlens -r "$E2E/rules" --explain t.may && factlens -r "$E2E/rules" --explain no.such; echo "status $?"
# stdout-match: ^rule:      t\.may$
# stdout-match: ^category:  hedge$
# stdout-match: ^defined:   .*1-hedge\.yml:[0-9]+:[0-9]+$
# stdout-match: ^matches:$
# stdout-match: ^status 2$
# stderr:
factlens: no rule 'no.such' (see --list-rules)
