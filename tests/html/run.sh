#!/bin/sh
# run.sh [BINARY]: render factlens's HTML report of examples/sample.txt in
# headless Chromium and check the rendered page: the DOM has one tinted
# sentence and one label tag per sentence and one focusable cue per cue of
# the JSON output, nothing is fetched, each label's tint is on screen,
# focusing a cue shows its explanation, and the page prints; two cues on
# the same words both keep their underline, and a source's hedge is drawn
# quieter than the writer's.  Skipped (and said so) where Chromium is not
# installed.  Ends with "N passed, N failed".
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
	echo "0 passed, 0 failed, 7 skipped"
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

# The text of a page alone, without the summary and legend (which use the
# same colours), for pixel counts; the sentences below are questions, so
# that their tags and tints are grey.
text_only() {
	python3 -c 'import re, sys
sys.stdout.write(re.sub(r"<section class=\"(summary|legend)\".*?</section>\n",
    "", sys.stdin.read(), flags=re.S))'
}
shot() {	# NAME RULES... < TEXT: the text-only page NAME.html, shot
	name=$1
	shift
	cat >"$tmp/$name.txt"
	"$bin" --no-config "$@" -f html "$tmp/$name.txt" | text_only \
	    >"$tmp/$name.html"
	chrome --screenshot="$tmp/$name.png" "file://$tmp/$name.html" >/dev/null
}
px() {	# PNG RRGGBB: how many pixels of that colour
	python3 "$here/pngstat.py" "$1" "$2" | awk -v c="$2" '$1 == c { print $2 }'
}
rule() {	# CATEGORY ID PHRASE [SCOPE]: a one-rule file, on stdout
	printf 'category: %s\nrules:\n  - id: %s\n    explain: Test.\n' "$1" "$2"
	printf '    words: [%s]\n' "$3"
	[ $# -gt 3 ] && printf '    scope: %s\n' "$4"
	printf '    examples: {match: ["%s."]}\n' "$3"
}

# 5. Two cues on the same words: a reporting participle (green, solid)
# and an inference (purple, wavy) on "suggesting".  The inner one is
# underlined lower, so the outer one's line stays whole: as many green
# pixels as with the participle alone, and the purple one is there too.
rule attribution x.part suggesting after >"$tmp/part.yml"
rule inference x.infer suggesting >"$tmp/infer.yml"
echo 'Was the data, suggesting a rise, clear?' |
    shot one -r "$tmp/part.yml"
echo 'Was the data, suggesting a rise, clear?' |
    shot two -r "$tmp/part.yml" -a "$tmp/infer.yml"
g1=$(px "$tmp/one.png" 1c6a34)
g2=$(px "$tmp/two.png" 1c6a34)
p2=$(px "$tmp/two.png" 7b2b87)
if [ "${g1:-0}" -gt 0 ] && [ $(( ${g2:-0} * 10 )) -ge $(( g1 * 9 )) ] &&
    [ "${p2:-0}" -gt 0 ]; then ok; else
	no "two cues on one word: green $g1 alone, $g2 with purple $p2"; fi

# 6. A hedge in what a source says is the source's, and drawn quieter:
# fewer hedge-coloured (purple) pixels than the writer's own hedge, but
# some.
rule hedge x.may may >"$tmp/may.yml"
rule attribution x.said 'Officials said' after >"$tmp/said.yml"
echo 'Officials said it may rain?' |
    shot source -r "$tmp/may.yml" -a "$tmp/said.yml"
echo 'Officials know it may rain?' |
    shot writer -r "$tmp/may.yml" -a "$tmp/said.yml"
hs=$(px "$tmp/source.png" 7b2b87)
hw=$(px "$tmp/writer.png" 7b2b87)
if grep -q 'c-hedge theirs' "$tmp/source.html" && [ "${hs:-0}" -gt 0 ] &&
    [ $(( ${hs:-0} * 10 )) -lt $(( ${hw:-0} * 6 )) ]; then ok; else
	no "a source's hedge: $hs purple pixels, the writer's $hw"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
