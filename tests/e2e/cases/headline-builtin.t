# name: built-in rules: a headline alone is other, a question is other (LABELS.md examples)
# args: -f tsv
# stdin:
Budget talks stall

Was the visit a failure?
# stdout:
other	1	1	-	Budget talks stall
other	3	1	-	Was the visit a failure?
