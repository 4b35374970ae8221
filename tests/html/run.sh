#!/bin/sh
# run.sh [BINARY]: render factlens's HTML report of examples/sample.txt in
# headless Chromium and check the rendered page: the DOM has one tinted
# sentence and one label tag per sentence and one focusable cue per cue of
# the JSON output, nothing is fetched, each label's tint is on screen,
# focusing a cue shows its explanation, and the page prints.  Skipped (and
# said so) where Chromium is not installed.  Ends with "N passed, N failed".
set -u
bin=${1:-./factlens}
sample=examples/sample.txt
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "html: FAIL: $*"; }

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
	echo "html: chromium is not installed; HTML rendering checks skipped"
	echo "0 passed, 0 failed, 5 skipped"
	exit 0
fi
chrome() {
	timeout 120 "$chromium" --headless --no-sandbox --disable-gpu \
	    --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$tmp/profile" --hide-scrollbars \
	    --window-size=1000,1600 "$@" 2>/dev/null
}

"$bin" --format=html "$sample" > "$tmp/page.html" && ok ||
	no "factlens --format=html failed"
"$bin" --format=json "$sample" > "$tmp/page.json"

# 1. The DOM as Chromium parsed it.
chrome --dump-dom "file://$tmp/page.html" > "$tmp/dom.html"
if python3 "$here/checkdom.py" "$tmp/dom.html" "$tmp/page.json" \
    "$tmp/page.html"; then ok; else no "DOM check"; fi

# 2. What it looks like: every label present in the text is tinted.
chrome --screenshot="$tmp/shot.png" "file://$tmp/page.html" >/dev/null
if python3 "$here/pngstat.py" "$tmp/shot.png" dcefe0 f2e1f4 dde9f6 ececec \
    > "$tmp/colours" && awk '
	$1 == "dcefe0" || $1 == "f2e1f4" || $1 == "dde9f6" || $1 == "ececec" {
		if ($2 < 500) { print "html: too little of colour " $1; bad = 1 }
	}
	END { exit bad }' "$tmp/colours"; then ok; else no "label tints"; fi

# 3. Focusing a cue (as the Tab key does) shows its explanation: a dark
# tooltip box appears.
sed '0,/tabindex="0"/s//tabindex="0" autofocus/' "$tmp/page.html" \
    > "$tmp/focus.html"
chrome --screenshot="$tmp/focus.png" "file://$tmp/focus.html" >/dev/null
before=$(python3 "$here/pngstat.py" "$tmp/shot.png" 1b1b1b | awk '$1=="1b1b1b"{print $2}')
after=$(python3 "$here/pngstat.py" "$tmp/focus.png" 1b1b1b | awk '$1=="1b1b1b"{print $2}')
if [ "${after:-0}" -gt $(( ${before:-0} + 3000 )) ]; then ok; else
	no "no tooltip on focus ($before -> $after dark pixels)"; fi

# 4. It prints.
chrome --print-to-pdf="$tmp/page.pdf" --no-pdf-header-footer \
    "file://$tmp/page.html" >/dev/null
if [ -s "$tmp/page.pdf" ] && head -c 5 "$tmp/page.pdf" | grep -q '%PDF'
then ok; else no "print to PDF"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
