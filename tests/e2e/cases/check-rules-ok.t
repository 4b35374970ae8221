# name: --check-rules on good rules: the count line, exit 0
# args: --check-rules -r "$E2E/rules"
# stdout:
4 rules, 7 examples, 0 problems
