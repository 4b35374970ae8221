# name: --list-rules on the built-in rules: three fields a line, known categories, unique ids, every category present
# args: --list-rules
# check: awk -F '\t' 'NF != 3 || $1 !~ /^[A-Za-z0-9._-]+$/ || $2 !~ /^(hedge|inference|opinion|attribution|vague-source|stance|booster|quote|imperative)$/ || $3 == "" { bad = 1 } END { exit bad }' stdout
# check: test "$(cut -f1 stdout | sort | uniq -d)" = ""
# check: for c in hedge inference attribution vague-source booster quote imperative; do cut -f2 stdout | grep -qx "$c" || exit 1; done
