#!/bin/sh
# screenshot-worksheet.sh: remake examples/worksheet-before.png and
# examples/worksheet-after.png, the README's pictures of the worksheet of
# examples/commentary.txt, as it opens and after "Check my answers", in
# headless Chromium (tests/worksheet's puppeteer-core: npm ci there first).
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./factlens -f worksheet --title "The Harbour Bridge vote" \
    examples/commentary.txt > "$tmp/worksheet.html"
node tests/worksheet/screenshot.js "$tmp/worksheet.html" \
    examples/worksheet-before.png examples/worksheet-after.png
echo "examples/worksheet-before.png examples/worksheet-after.png"
