#!/bin/sh
# selftest.sh BINARY: the documentation runner must fail wrong examples.
# tests/docs/wrong.md has 5 commands that are right and 6 that are wrong
# (a word, a count off by one, unshown output, a line too many, the exit
# status, standard error left out); tests/docs/wrong.7, an mdoc page, has
# one right and one wrong.  run.sh must report exactly that.
case $1 in
/*) FL=$1 ;;
*) FL=$(pwd)/$1 ;;
esac
HERE=$(cd "$(dirname "$0")" && pwd)
out=$(sh "$HERE/run.sh" "$FL" "$HERE/wrong.md" "$HERE/wrong.7" 2>&1)
last=$(printf '%s\n' "$out" | tail -1)
want="6 passed, 7 failed"
if [ "$last" != "$want" ]; then
	printf '%s\n' "$out"
	echo "selftest: the runner said '$last', not '$want'"
	exit 1
fi
echo "selftest: the runner fails the wrong examples ($want)"
