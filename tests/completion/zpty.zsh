# zpty.zsh: run by tests/completion/zsh.sh, with PATH starting with a
# directory that holds the binary as "factlens", FPATH_DIR the directory of
# _factlens, L the directory of lists.sh's lists, and a rules/own.yml in
# the current directory.  An interactive zsh in a pseudo-terminal loads
# compinit; each check types a command line, presses Ctrl-D (list the
# choices) and reads the listing back.
zmodload zsh/zpty || exit 2
setopt extendedglob
integer pass=0 fail=0 i
local e=$'\e'
zpty z 'zsh -f -i'
zpty -w z "PS1='%% '; fpath=($FPATH_DIR \$fpath); autoload -Uz compinit;\
 compinit -u -D; zstyle ':completion:*' list-separator '';\
 LISTMAX=100000; LINES=1000; COLUMNS=24; setopt nobeep;\
 unsetopt bracketed_paste; print READY\$((6*7))"
local line out
while zpty -rt z line; do [[ $line == *READY42* ]] && break; done

# listing LINE: the matches Ctrl-D lists after LINE, one a line, sorted.
listing() {
	local out= line
	integer i
	while zpty -rt z line; do :; done
	zpty -w -n z "$1"$'\C-d'
	# Until the command line is drawn again under the listing (at most
	# ten seconds).
	for (( i = 0; i < 100; i++ )); do
		while zpty -rt z line; do out+=$line; done
		[[ $out == *"${e}["[0-9]#A* ]] && break
		sleep 0.1
	done
	zpty -w -n z $'\C-e\C-u'
	sleep 0.2
	# The listing is between "clear to end of screen" and "cursor up"
	# (the command line drawn again); then no escapes, no CRs.
	out=${out#*"${e}[J"}
	out=${out%%"${e}["[0-9]#A*}
	out=${(S)out//"${e}["[0-9;?]#[a-zA-Z]/}
	out=${out//$'\r'/}
	print -rl -- ${=out} | sort -u
}
# Options come with descriptions ("--format -- output format"): keep the
# option names.
options() { listing "$1" | grep -E -- '^-[-a-zA-Z]' | grep -vx -- '--' }

want() {
	if [[ "$2" == "$3" ]]; then
		(( pass++ ))
	else
		(( fail++ ))
		print -r -- "FAIL zsh completion: $1"
		diff <(print -r -- "$3") <(print -r -- "$2") | head -10
	fi
}

sleep 0.5
while zpty -rt z line; do :; done
zpty -w z 'print -r -- "<$_comps[factlens]>"'
out=
for (( i = 0; i < 100; i++ )); do
	while zpty -rt z line; do out+=$line; done
	[[ $out == *'<'[_a-z]#'>'* ]] && break
	sleep 0.1
done
want "compinit registers it for factlens" "${${out##*<}%%>*}" "_factlens"
# --colour is --color's other spelling, which --help does not list.
want "every option of --help" "$(options 'factlens -')" \
    "$(print -l -- --colour $(<$L/opts) | sort)"
want "formats" "$(listing 'factlens --format=')" "$(<$L/formats)"
want "colour modes" "$(listing 'factlens --color=')" "$(<$L/colors)"
want "input types" "$(listing 'factlens --input=')" "$(<$L/inputs)"
want "worksheet modes" "$(listing 'factlens --worksheet=')" "$(<$L/modes)"
want "labels for --fail-on" "$(listing 'factlens --fail-on=')" "$(<$L/labels)"
want "labels and categories for --only" "$(listing 'factlens --only=')" \
    "$(sort -u $L/labels $L/categories)"
want "after a comma in --only, the others" \
    "$(listing 'factlens --only=claim,')" \
    "$(sort -u $L/labels $L/categories | grep -vx claim)"
want "rule ids for --explain" "$(listing 'factlens --explain=')" "$(<$L/rules)"
want "rule ids and categories for --disable" \
    "$(listing 'factlens --disable=')" "$(<$L/rulecats)"
want "rule ids of the -r on the line" \
    "$(listing 'factlens -r rules --explain=')" "own.perhaps"
zpty -d z
print "$pass passed, $fail failed"
(( fail == 0 ))
