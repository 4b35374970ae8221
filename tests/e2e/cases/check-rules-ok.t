# name: --check-rules on good rules: the count line, exit 0
# args: --check-rules -r "$E2E/rules"
# stdout:
3 rules, 5 examples, 0 problems
