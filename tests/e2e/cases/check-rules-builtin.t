# name: --check-rules on the built-in rules finds no problem
# args: --check-rules
# stdout-match: ^[0-9]+ rules, [0-9]+ examples, 0 problems$
