#!/bin/sh
# run.sh [BINARY]: the classroom worksheet.  First its structure, against
# factlens's JSON output, on examples/commentary.txt and every document of
# tests/corpus (structure.py); then a scripted student in headless Chromium
# with axe-core (student.js), when chromium, node and this directory's
# node_modules (npm ci) are there, and a line saying why not when not.
# Ends with "N passed, N failed" (", N skipped").
set -u
bin=${1:-./factlens}
here=$(dirname "$0")
python3 "$here/structure.py" "$bin" examples/commentary.txt \
    tests/corpus/*.txt tests/corpus/wrapped/*.txt || exit 1
why=
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
	why="chromium is not installed"
elif ! command -v node >/dev/null 2>&1; then
	why="node is not installed"
elif [ ! -d "$here/node_modules/puppeteer-core" ] ||
    [ ! -d "$here/node_modules/axe-core" ]; then
	why="no $here/node_modules (run: cd $here && npm ci)"
fi
if [ -n "$why" ]; then
	echo "worksheet: $why; the browser test of the worksheet skipped"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
CHROMIUM=$chromium timeout 600 node "$here/student.js" "$bin"
