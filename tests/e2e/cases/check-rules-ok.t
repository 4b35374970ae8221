# name: --check-rules on good rules: the count line, exit 0
# args: --check-rules -r "$E2E/rules"
# stdout:
5 rules, 9 examples, 0 problems
