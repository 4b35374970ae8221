#!/bin/sh
# run.sh BINARY [DOC...]: run the examples of the documentation, as cmark
# runs its spec, and compare what each prints with what the document shows.
# The documents are README.md and man/factlens.1 unless named.
#
# An example is a shell session: a Markdown code block, or an mdoc
# ".Bd -literal" display, whose first line starts with "$ ".  Every "$ "
# line in it is run (tests/docs/extract.py says exactly how blocks are
# read), and the lines after it must be what it prints: standard output and
# standard error together, byte for byte.  So that the reader can try the
# examples, each session shows the commands whose effects later ones need,
# and the exit status, where it matters, as "$ echo $?".
#
# Files: a block right after a paragraph that ends in "`NAME`:" (Markdown)
# or ".Pa NAME :" (mdoc) is the file NAME, e.g. the README's three.txt; it
# is written when the runner reaches it.  The files of tests/docs/fixtures/
# are copied in first, for inputs a document names but does not show (the
# README's grading example: article.txt and two answers files), and so is
# tests/e2e/rules, the small rule set of the tests, at the same path, so
# that an example can use it as a reader at the top of the repository
# would.  All sessions of a document run in order in one new directory,
# each in its own sh, with a factlens directory first in PATH that holds
# only the binary under test, LC_ALL=C.UTF-8, TERM=dumb, and no NO_COLOR or
# FACTLENS_* variables.
#
# Counts that grow with the rules: in an expected output, <rules> stands
# for the number of built-in rules (lines of factlens --list-rules) and
# <examples> for the number of their examples (counted in factlens
# --explain ID for every rule), <rules + 1> for one more and so on.  The
# runner computes them without --check-rules, so an example that shows
# --check-rules' counts this way is still checked against an independent
# count; nothing else is elided.
#
# Where mandoc is installed, every line of a man page example must also be
# a line of the page as mandoc renders it.  Prints one line per command
# whose output differs, with a diff, then "N passed, N failed".

if [ $# -lt 1 ]; then
	echo "usage: sh tests/docs/run.sh BINARY [DOC...]" >&2
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
TOP=$(cd "$HERE/../.." && pwd)
[ $# -eq 0 ] && set -- "$TOP/README.md" "$TOP/man/factlens.1"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factlens-docs.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT
trap 'exit 2' HUP INT TERM

mkdir "$WORK/bin" "$WORK/home"
ln -s "$FACTLENS" "$WORK/bin/factlens"

# The counts, from the built-in rules.
rules=$("$FACTLENS" --no-config --list-rules | wc -l)
examples=0
for id in $("$FACTLENS" --no-config --list-rules | cut -f1); do
	n=$("$FACTLENS" --no-config --explain "$id" | awk '
		/^(matches|does not match):$/ { on = 1; next }
		on && /^  / { n++; next }
		{ on = 0 }
		END { print n + 0 }')
	examples=$((examples + n))
done
if [ "$rules" -eq 0 ] || [ "$examples" -eq 0 ]; then
	echo "run.sh: cannot count the built-in rules and examples" >&2
	exit 2
fi

mandoc=
command -v mandoc >/dev/null 2>&1 && mandoc=mandoc

pass=0
fail=0
d=0
for doc in "$@"; do
	d=$((d + 1))
	X=$WORK/x.$d
	D=$WORK/doc.$d
	mkdir -p "$D"
	if ! python3 "$HERE/extract.py" --count "rules=$rules" \
	    --count "examples=$examples" ${mandoc:+--mandoc "$mandoc"} \
	    "$doc" "$X"; then
		echo "FAIL $doc: cannot read its examples"
		fail=$((fail + 1))
		continue
	fi
	cp -R "$HERE/fixtures/." "$D"
	mkdir -p "$D/tests/e2e" && cp -R "$TOP/tests/e2e/rules" "$D/tests/e2e/"
	n=0
	while read -r kind a b; do
		case $kind in
		file)
			mkdir -p "$(dirname "$D/$a")"
			cp "$b" "$D/$a" ;;
		session)
			n=$((n + 1))
			(cd "$D" && env -u NO_COLOR -u FACTLENS_NO_JIT \
			    -u FACTLENS_NO_PREFILTER -u FACTLENS_FAIL_ON \
			    PATH="$WORK/bin:$PATH" HOME="$WORK/home" \
			    LC_ALL=C.UTF-8 TERM=dumb OUT="$X" \
			    sh "$X/$a.sh") </dev/null
			k=1
			while [ -f "$X/$a.$k.expect" ]; do
				if [ -f "$X/$a.$k.out" ] &&
				    cmp -s "$X/$a.$k.out" "$X/$a.$k.expect"; then
					pass=$((pass + 1))
				else
					fail=$((fail + 1))
					echo "FAIL $(cat "$X/$a.$k.cmd")"
					diff "$X/$a.$k.expect" "$X/$a.$k.out" |
					    head -20
				fi
				k=$((k + 1))
			done ;;
		esac
	done <"$X/steps"
	if [ "$n" -eq 0 ]; then
		echo "FAIL $doc: no examples found"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
