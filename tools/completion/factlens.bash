# bash completion for factlens(1).                       -*- shell-script -*-
#
# Completes every option of factlens --help and its values: output formats,
# labels and categories (comma lists for --only), colour modes, input
# types, worksheet modes, rule ids and categories for --explain, --disable and --enable
# (asked of factlens --list-rules when completing, with the -r, -a and
# --config options already on the line, so that a project's own rules are
# offered too), files for -r, -a, --config and --label, and input files.
# Needs nothing from the bash-completion package.  make install puts it
# where bash-completion looks; to try it, ". tools/completion/factlens.bash".
#
# tests/completion/bash.sh checks the lists below against the binary.

_factlens_opts='-f --format -o --only -r --rules -a --add-rules --color
--stats --fail-on --check-rules --list-rules --explain --list-literals
--disable --enable --input --label --config --no-config --print-config
--worksheet --title --instructions --grade --text-field --id-field
--record-field --max-record --line-offset
-j --jobs --match-limit --depth-limit -h --help -V --version'
_factlens_formats='text ansi json tsv html diag critic summary worksheet key
records'
_factlens_modes='labels cues cued'
_factlens_labels='sourced speculation opinion claim other'
_factlens_categories='hedge inference opinion attribution vague-source stance
booster quote imperative'
_factlens_colors='auto always never'
_factlens_inputs='text markdown html jsonl'

# The rule set as factlens sees it on this command line: "id<TAB>category"
# lines.  $1 is the command; the rest are the words of the line.
_factlens_rules()
{
	local cmd=$1 w next=
	local -a ctx=()

	shift
	for w; do
		if [[ -n $next ]]; then
			[[ $w == = ]] && continue	# "--rules = x"
			ctx+=("$next" "$w")
			next=
			continue
		fi
		case $w in
		-r|--rules|-a|--add-rules|--config) next=$w ;;
		--rules=*|--add-rules=*|--config=*|--no-config|-r?*|-a?*)
			ctx+=("$w") ;;
		esac
	done
	"$cmd" "${ctx[@]}" --list-rules 2>/dev/null
}

_factlens()
{
	local cur prev opt= pre= words cmd
	local -a line

	cur=${COMP_WORDS[COMP_CWORD]}
	prev=
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	cmd=${COMP_WORDS[0]}
	cmd=${cmd/#\~/$HOME}
	command -v -- "$cmd" >/dev/null 2>&1 || cmd=factlens
	line=("${COMP_WORDS[@]:1:COMP_CWORD-1}")
	COMPREPLY=()

	# Which option's value is this?  "--format js", "-f js", "-fjs",
	# "--format=js" (one word, or three when '=' breaks words).
	if [[ $cur == = ]]; then
		opt=$prev
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	elif [[ $cur == --*=* ]]; then
		opt=${cur%%=*}
		pre=$opt=
		cur=${cur#*=}
	elif [[ $cur == -[foraj]?* ]]; then
		opt=${cur:0:2}
		pre=$opt
		cur=${cur:2}
	else
		case $prev in
		-f|--format|-o|--only|-r|--rules|-a|--add-rules|--color|--colour|\
		--fail-on|--explain|--disable|--enable|--input|--label|--config|\
		--title|--instructions|-j|--jobs|--match-limit|--depth-limit|\
		--text-field|--id-field|--record-field|--max-record|--line-offset)
			opt=$prev ;;
		esac
	fi

	case $opt in
	'') ;;
	-f|--format)
		words=$_factlens_formats ;;
	--color|--colour)
		words=$_factlens_colors ;;
	--input)
		words=$_factlens_inputs ;;
	--fail-on)
		words=$_factlens_labels ;;
	-o|--only|--worksheet)
		# A comma-separated list: complete its last item.
		if [[ $cur == *,* ]]; then
			pre=$pre${cur%,*},
			cur=${cur##*,}
		fi
		if [[ $opt == --worksheet ]]; then
			words=$_factlens_modes	# only as --worksheet=MODE
		else
			words=$(printf '%s\n' $_factlens_labels \
			    $_factlens_categories | sort -u)
		fi ;;
	--explain)
		words=$(_factlens_rules "$cmd" "${line[@]}" | cut -f1) ;;
	--disable|--enable)
		# The rules and the categories that have rules.
		words=$(_factlens_rules "$cmd" "${line[@]}" | cut -f1,2 |
		    tr '\t' '\n' | sort -u) ;;
	-r|--rules|-a|--add-rules|--config|--label)
		compopt -o filenames 2>/dev/null
		local IFS=$'\n'
		COMPREPLY=($(compgen -f -- "$cur"))
		[[ -n $pre ]] && COMPREPLY=("${COMPREPLY[@]/#/$pre}")
		return 0 ;;
	*)	# a number or a text (--title): nothing to offer
		return 0 ;;
	esac
	if [[ -n $opt ]]; then
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		[[ -n $pre ]] && COMPREPLY=("${COMPREPLY[@]/#/$pre}")
		return 0
	fi

	# After "--", only files.
	local w
	for w in "${line[@]}"; do
		if [[ $w == -- ]]; then
			compopt -o filenames 2>/dev/null
			COMPREPLY=($(compgen -f -- "$cur"))
			return 0
		fi
	done
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$_factlens_opts" -- "$cur"))
		return 0
	fi
	compopt -o filenames 2>/dev/null
	local IFS=$'\n'
	COMPREPLY=($(compgen -f -- "$cur"))
}

complete -F _factlens factlens
