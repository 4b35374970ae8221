#!/bin/sh
# run.sh BINARY [CASE.t...]: the end-to-end tests of factlens.
#
# Each tests/e2e/cases/*.t file is one case.  It is read line by line; a
# line of the form "# KEY: VALUE" (or "# KEY:") at the start of the line is
# a directive, every other line belongs to the section opened by the last
# section directive.  Directives:
#
#   # name: TEXT        what the case checks (for the reader)
#   # file: NAME        section: the lines that follow are written to NAME
#                       in the case's directory (subdirectories are made)
#   # stdin:            section: the input; shorthand for "# file: stdin"
#   # setup: CMD        shell command run in the case directory first (e.g.
#                       to write bytes a section cannot hold: printf ... >stdin)
#   # args: ARGS        run "factlens ARGS" (shell words) with stdin as input
#   # run: CMD          run the shell command CMD instead; in it, factlens is
#                       a function that runs the binary under test
#   # stdout:           section: the exact expected standard output
#   # stderr:           section: the exact expected standard error
#   # stdout-match: ERE / # stderr-match: ERE
#                       some line of the output matches the extended regex
#   # status: N         the expected exit status (default 0)
#   # check: CMD        a shell command that must succeed; it runs in the case
#                       directory, where the output is in the files stdout and
#                       stderr and the input in stdin
#
# Outside sections, blank lines and lines that start with "##" are
# comments.  $E2E is this directory: cases share the rule files of
# $E2E/rules, a small rule set that does not change with the shipped rules,
# so that golden outputs stay valid.
#
# Sections keep every line with its newline; a section cannot hold a line
# that looks like a directive, or end without a newline (use setup for
# that).  Standard error must be empty unless the case says otherwise.
# Checks can use three helpers: strip_markers FILE (the spec's Perl
# one-liner that removes the text format's markers), json_lines FILE (each
# line parses as JSON) and json_check INPUT JSON (the json output of one
# document agrees with its input: offsets slice the input to the text and
# to the cue texts, line and col are right, indexes count up, the summary
# counts add up).
#
# The optional $VALGRIND is put before the binary, e.g.
#   VALGRIND='valgrind -q --error-exitcode=99 --leak-check=full
#       --suppressions=tests/e2e/valgrind.supp' sh tests/e2e/run.sh ./factlens
# (the suppressions hide PCRE2 JIT's deliberate reads past the subject).
# With VERBOSE=1 the differences of failing cases are shown.  The runner
# prints one line per failing case, then "N passed, N failed".

if [ $# -lt 1 ]; then
	echo "usage: sh tests/e2e/run.sh BINARY [CASE.t...]" >&2
	exit 2
fi
case $1 in
/*) FACTLENS=$1 ;;
*) FACTLENS=$(pwd)/$1 ;;
esac
shift
if [ ! -x "$FACTLENS" ]; then
	echo "run.sh: $FACTLENS: not an executable" >&2
	exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
E2E=$HERE
export FACTLENS E2E
tab=$(printf '\t')
if [ $# -eq 0 ]; then
	set -- "$HERE"/cases/*.t
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factlens-e2e.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT
trap 'exit 2' HUP INT TERM

factlens() {
	$VALGRIND "$FACTLENS" "$@"
}

strip_markers() {
	perl -0777 -pe 's/\\(.)|\x{e2}\x{9f}\x{a6}[a-z]+\x{e2}\x{9f}\x{a7}|\x{e2}\x{9f}\x{a8}[A-Za-z0-9._-]+:|\x{e2}\x{9f}\x{a9}/$1/gs' "$@"
}

json_lines() {
	python3 -c '
import json, sys
n = 0
with open(sys.argv[1], "rb") as f:
    for raw in f:
        line = raw.decode("utf-8")      # strict: must be valid UTF-8
        assert line.endswith("\n"), "unterminated line"
        json.loads(line)
        n += 1
assert n > 0, "no lines"
' "$1"
}

json_check() {
	python3 -c '
import json, sys
data = open(sys.argv[1], "rb").read()
idx = 0
counts = {"sourced": 0, "speculation": 0, "opinion": 0, "claim": 0, "other": 0}
prev_end = 0
nl = pos = 0
summary = False
for n, raw in enumerate(open(sys.argv[2], "rb"), 1):
    o = json.loads(raw.decode("utf-8"))
    where = "line %d: " % n
    if o["type"] == "summary":
        assert o["sentences"] == idx, where + "sentence count"
        assert o["labels"] == counts, where + "label counts"
        summary = True
        break
    assert o["type"] == "sentence", where + "type"
    assert o["index"] == idx, where + "index"
    s, e = o["start"], o["end"]
    assert prev_end <= s < e <= len(data), where + "span"
    prev_end = e
    want = data[s:e].decode("utf-8", "replace")
    assert o["text"] == want, where + "text %r != input %r" % (o["text"], want)
    # Count lines incrementally: sentences come in order.
    nl += data.count(b"\n", pos, s)
    pos = s
    line = nl + 1
    col = s - (data.rfind(b"\n", 0, s) + 1) + 1
    assert (o["line"], o["col"]) == (line, col), where + "line/col %r" % ((o["line"], o["col"]), (line, col))
    for c in o["cues"]:
        assert s <= c["start"] < c["end"] <= e, where + "cue span"
        assert c["text"] == data[c["start"]:c["end"]].decode("utf-8", "replace"), where + "cue text"
    counts[o["label"]] += 1
    idx += 1
assert summary, "no summary line"
' "$1" "$2"
}

# Split case file $1 into directory $2: sections become files, one-line
# directives go to $2/.directives as KEY<TAB>VALUE.
parse() {
	awk -v dir="$2" '
	function open_section(name) {
		if (out != "")
			close(out)
		out = dir "/" name
		if (name ~ /\//) {
			d = out
			sub(/\/[^\/]*$/, "", d)
			system("mkdir -p \"" d "\"")
		}
		printf "" > out
	}
	BEGIN { out = ""; dirs = dir "/.directives"; printf "" > dirs }
	/^# [a-z-]+:( |$)/ {
		key = $2
		sub(/:$/, "", key)
		val = $0
		sub(/^# [a-z-]+: ?/, "", val)
		if (key == "stdin")        { open_section("stdin"); next }
		if (key == "stdout")       { open_section(".expect-stdout"); next }
		if (key == "stderr")       { open_section(".expect-stderr"); next }
		if (key == "file")         { open_section(val); next }
		if (key ~ /^(name|setup|args|run|stdout-match|stderr-match|status|check)$/) {
			if (out != "")
				close(out)
			out = ""
			print key "\t" val >> dirs
			next
		}
		print "bad directive: " key > "/dev/stderr"
		exit 1
	}
	{
		if (out == "") {
			if ($0 ~ /^[ \t]*$/ || $0 ~ /^##/)
				next
			print "text outside a section: " $0 > "/dev/stderr"
			exit 1
		}
		print >> out
	}' "$1"
}

pass=0
fail=0
n=0
for t in "$@"; do
	n=$((n + 1))
	name=$(basename "$t" .t)
	T=$WORK/$n
	mkdir -p "$T"
	why=
	if ! parse "$t" "$T" 2>"$T/.parse-error"; then
		why="bad case file: $(cat "$T/.parse-error")"
	fi
	cmd=
	status=0
	if [ -z "$why" ]; then
		while IFS=$tab read -r key val; do
			case $key in
			args) cmd="factlens $val" ;;
			run) cmd=$val ;;
			status) status=$val ;;
			setup)
				if ! (cd "$T" && eval "$val") >"$T/.setup-out" 2>&1
				then
					why="setup failed: $val"
					break
				fi ;;
			esac
		done <"$T/.directives"
	fi
	if [ -z "$why" ] && [ -z "$cmd" ]; then
		why="no args: or run: directive"
	fi
	if [ -z "$why" ]; then
		[ -f "$T/stdin" ] || : >"$T/stdin"
		(cd "$T" && eval "$cmd") <"$T/stdin" >"$T/stdout" 2>"$T/stderr"
		got=$?
		if [ "$got" != "$status" ]; then
			why="exit status $got, want $status"
		elif [ -f "$T/.expect-stdout" ] &&
		    ! cmp -s "$T/stdout" "$T/.expect-stdout"; then
			why="stdout differs"
			[ -n "$VERBOSE" ] && diff "$T/.expect-stdout" "$T/stdout"
		elif [ -f "$T/.expect-stderr" ] &&
		    ! cmp -s "$T/stderr" "$T/.expect-stderr"; then
			why="stderr differs"
			[ -n "$VERBOSE" ] && diff "$T/.expect-stderr" "$T/stderr"
		elif [ ! -f "$T/.expect-stderr" ] && [ -s "$T/stderr" ] &&
		    ! grep -q '^stderr-match' "$T/.directives"; then
			why="unexpected stderr: $(head -1 "$T/stderr")"
		fi
	fi
	if [ -z "$why" ]; then
		while IFS=$tab read -r key val; do
			case $key in
			stdout-match|stderr-match)
				f=${key%-match}
				if ! grep -Eq -- "$val" "$T/$f"; then
					why="$f does not match: $val"
					[ -n "$VERBOSE" ] && head -5 "$T/$f"
					break
				fi ;;
			check)
				if ! (cd "$T" && eval "$val") >"$T/.check-out" 2>&1
				then
					why="check failed: $val"
					[ -n "$VERBOSE" ] && head -20 "$T/.check-out"
					break
				fi ;;
			esac
		done <"$T/.directives"
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name: $why"
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
