#!/bin/bash
# bash.sh BINARY: the bash completion (tools/completion/factlens.bash)
# through COMP_WORDS and compgen, as bash calls it on Tab, with BINARY as
# the command being completed.  Its lists must be the binary's: options as
# --help lists them, formats, labels, categories, colour modes and input
# types as the binary's error messages list them (which come from its
# tables), rule ids as --list-rules gives them (tests/completion/lists.sh).
# Prints one line per failure, then "N passed, N failed".

case $1 in
/*) FL=$1 ;;
*) FL=$(pwd)/$1 ;;
esac
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/factlens-compl.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
mkdir "$W/cwd" && cd "$W/cwd" || exit 2
pass=0
fail=0

# shellcheck source=../../tools/completion/factlens.bash
. "$TOP/tools/completion/factlens.bash"

# comp WORD...: what Tab offers after "BINARY WORD...", one per line,
# sorted.  The last word is the one being completed.
comp() {
	COMP_WORDS=("$FL" "$@")
	COMP_CWORD=$#
	COMP_LINE="${COMP_WORDS[*]}"
	COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_factlens
	printf '%s\n' "${COMPREPLY[@]}" | sort
}

# want WHAT GOT WANT: the two lists are the same.
want() {
	if [ "$2" = "$3" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL completion: $1"
		diff <(printf '%s\n' "$3") <(printf '%s\n' "$2") | head -10
	fi
}

L=$W/lists
mkdir "$L" && sh "$HERE/lists.sh" "$FL" "$L" || exit 1
OPTS=$(cat "$L/opts")
FORMATS=$(cat "$L/formats")
LABELS=$(cat "$L/labels")
CATS=$(cat "$L/categories")
COLORS=$(cat "$L/colors")
INPUTS=$(cat "$L/inputs")
MODES=$(cat "$L/modes")
RULES=$(cat "$L/rules")

want "every option of --help" "$(comp -)" "$OPTS"
want "--fo" "$(comp --fo)" "--format"
want "formats" "$(comp -f '')" "$FORMATS"
want "formats after --format" "$(comp --format '')" "$FORMATS"
want "--format=j, '=' a word of its own" "$(comp --format = j)" "json"
want "--format=j, one word" "$(COMP_WORDBREAKS=' ' comp --format=j)" \
    "--format=json"
want "-fj" "$(comp -fj)" "-fjson"
want "colour modes" "$(comp --color '')" "$COLORS"
want "input types" "$(comp --input '')" "$INPUTS"
want "worksheet modes" "$(COMP_WORDBREAKS=' ' comp --worksheet=)" \
    "$(printf '%s\n' "$MODES" | sed 's/^/--worksheet=/')"
want "worksheet modes, '=' a word" "$(comp --worksheet = cues,)" \
    "$(printf '%s\n' "$MODES" | sed 's/^/cues,/')"
want "labels for --fail-on" "$(comp --fail-on '')" "$LABELS"
want "--fail-on sp" "$(comp --fail-on sp)" "speculation"
want "labels and categories for --only" "$(comp -o '')" \
    "$(printf '%s\n%s\n' "$LABELS" "$CATS" | sort -u)"
want "the last item of a comma list" "$(comp -o claim,vag)" \
    "claim,vague-source"
want "rule ids for --explain" "$(comp --explain '')" "$RULES"
want "rule ids and their categories for --disable" "$(comp --disable '')" \
    "$(cat "$L/rulecats")"
want "--enable hedge.mo" "$(comp --enable hedge.mo)" \
    "$(printf '%s\n' "$RULES" | grep '^hedge\.mo')"

# The rules of the command line: -r replaces, -a adds, in any spelling.
cp -R "$HERE/rules" rules
want "rule ids of -r DIR" "$(comp -r rules --explain '')" "own.perhaps"
want "rule ids of --rules=DIR" "$(comp --rules=rules --explain o)" \
    "own.perhaps"
want "rule ids of --rules = DIR" "$(comp --rules = rules --explain o)" \
    "own.perhaps"
want "rule ids of -a FILE" "$(comp -a rules/own.yml --disable own)" \
    "own.perhaps"

# Files: inputs, rule paths, --config; after --, only files.
: >three.txt
: >-dash.txt
want "input files" "$(comp th)" "three.txt"
want "--worksheet alone takes no value" "$(comp --worksheet th)" "three.txt"
want "rule paths" "$(comp -r ru)" "rules"
want "--config FILE" "$(comp --config rules/o)" "rules/own.yml"
want "files after --" "$(comp -- -)" "-dash.txt"
want "nothing to offer for a number" "$(comp -j '')" ""

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
