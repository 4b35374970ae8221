# name: --check-rules on good rules: the count line, exit 0
# args: --check-rules -r "$E2E/rules"
# stdout:
6 rules, 11 examples, 0 problems
