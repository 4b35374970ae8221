#!/bin/sh
# screenshot.sh: remake examples/sample.png, the README's picture of the
# HTML report of examples/sample.txt, with headless Chromium.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./factlens --format=html examples/sample.txt > "$tmp/sample.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/p" \
    --hide-scrollbars --window-size=900,1500 \
    --screenshot="$tmp/sample.png" "file://$tmp/sample.html" 2>/dev/null
mv "$tmp/sample.png" examples/sample.png
echo "examples/sample.png"
