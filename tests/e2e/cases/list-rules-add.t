# name: --add-rules adds to the built-in rules
# run: factlens --list-rules; factlens --list-rules -a "$E2E/rules/1-hedge.yml" > with
# check: test "$(wc -l < with)" -eq "$(( $(wc -l < stdout) + 1 ))"
# check: grep -q '^t.may	hedge	' with
# check: grep -q '^t.may	' stdout && exit 1 || exit 0
