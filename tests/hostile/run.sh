#!/bin/sh
# run.sh BINARY: hostile input, hostile rules and a hostile environment.
#
#   lossless   for generated inputs (random bytes, invalid UTF-8, NUL, CR,
#              lone CR, BOM, 4-byte characters, combining marks, 10 MB
#              without a newline), removing the text format's markers gives
#              the input back byte for byte, and the json offsets slice the
#              input to exactly each sentence's text
#   markup     the same inputs, and pathological nesting, brackets,
#              emphasis, references and directives, read as Markdown and
#              HTML: lossless, json offsets right, each within a minute
#   rules      a catastrophic pattern is reported once with its rule id and
#              position and the run goes on; a YAML bomb, a huge rule file,
#              tabs, wrong types, unknown keys, duplicate ids, a missing
#              pattern, an invalid regex: a clear error and exit 2
#   env        /dev/full, a closed pipe, missing and directory inputs among
#              others, a FIFO, a slow pipe (output flushed per paragraph),
#              out of memory (ulimit -v)
#
# Inputs are generated at run time in a temporary directory.  With
# FACTLENS_SANITIZED set (make asan, make ubsan) the ulimit -v test is
# skipped: AddressSanitizer reserves far more address space than any limit
# that would make factlens run out.  Prints one line per failure, then
# "N passed, N failed"; exits 1 when any failed.

if [ $# -ne 1 ]; then
	echo "usage: sh tests/hostile/run.sh BINARY" >&2
	exit 2
fi
case $1 in
/*) FL=$1 ;;
*) FL=$(pwd)/$1 ;;
esac
if [ ! -x "$FL" ]; then
	echo "run.sh: $FL: not an executable" >&2
	exit 2
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/factlens-hostile.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
trap 'exit 2' HUP INT TERM
cd "$W" || exit 2

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

strip_markers() {
	perl -0777 -pe 's/\\(.)|\x{e2}\x{9f}\x{a6}[a-z]+\x{e2}\x{9f}\x{a7}|\x{e2}\x{9f}\x{a8}[A-Za-z0-9._-]+:|\x{e2}\x{9f}\x{a8}\/[A-Za-z0-9._-]+\x{e2}\x{9f}\x{a9}|\x{e2}\x{9f}\x{a9}/$1/gs' "$@"
}

# json_ok INPUT JSON: every sentence's offsets slice the input to its text
# (invalid UTF-8 as U+FFFD, one per maximal invalid subpart, which is what
# Python's "replace" gives), spans in order, cues inside their sentence.
json_ok() {
	python3 -c '
import json, sys
data = open(sys.argv[1], "rb").read()
prev = 0
n = 0
for raw in open(sys.argv[2], "rb"):
    o = json.loads(raw.decode("utf-8"))
    if o["type"] != "sentence":
        continue
    s, e = o["start"], o["end"]
    assert prev <= s < e <= len(data), "span %d-%d" % (s, e)
    assert o["text"] == data[s:e].decode("utf-8", "replace"), "text at %d" % s
    for c in o["cues"]:
        assert s <= c["start"] < c["end"] <= e, "cue span"
    prev = e
    n += 1
assert n > 0 or not data.strip(), "no sentences"
' "$1" "$2"
}

# A sanitizer report or a signal is a crash, whatever the test expects.
crashed() {	# STATUS STDERR-FILE
	[ "$1" -ge 128 ] && [ "$1" -ne 141 ] && return 0
	grep -q 'Sanitizer\|runtime error' "$2" 2>/dev/null
}

# --- 3. lossless text ----------------------------------------------------

python3 - <<'EOF' || exit 2
import random
r = random.Random(20261128)
words = ("The ministry said the talks may resume . Some experts say the deal "
         "is dead , could collapse by May 30th ? ! “ ” \" ( ) Dr. e.g. 3.5 "
         "- 1. \\ \u27e6 \u27e7 \u27e8 \u27e9 reportedly clearly").split()
def text(n):
    out = []
    while sum(map(len, out)) < n:
        out.append(r.choice(words))
        out.append(r.choice([" ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t"]))
    return "".join(out).encode("utf-8")
cases = {
    "random-bytes": bytes(r.randrange(256) for _ in range(200000)),
    "random-text": text(200000),
    "invalid-utf8": b"".join(r.choice([b"\xff", b"\xc3", b"\xe2\x80",
        b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80",
        b"It may rain. ", b"Police said so.\n", b"\xe2\x9f", b" "])
        for _ in range(20000)),
    "nul": text(20000).replace(b" ", b"\0", 500) + b"\0\0\n\0",
    "crlf": text(50000).replace(b"\n", b"\r\n"),
    "lone-cr": text(50000).replace(b"\n", b"\r"),
    "bom": b"\xef\xbb\xbf" + text(20000) + b"\xef\xbb\xbf tail may.",
    "astral": ("The \U0001F600 may go. \U00010348 said \U0001D400. " * 2000
               + "\U0001F600").encode("utf-8"),
    "combining": ("Cafe\u0301 may close. Experts say e\u0301t\u0301. "
                  "\u0301\u0301 Na\u0308ive? " * 2000).encode("utf-8"),
    "markers-only": ("\u27e6\u27e7\u27e8\u27e9\\" * 5000).encode("utf-8"),
    "empty": b"",
    "blank": b"\n\n \t\r\n\n",
    "no-final-newline": b"It may rain",
}
for k, v in cases.items():
    open("in-" + k, "wb").write(v)
# 10 MB without a newline: paragraphs are cut at 1 MiB.
chunk = ("The ministry said the talks may resume. Some experts say the "
         "deal is dead, it could collapse. ").encode("utf-8")
open("in-10mb-one-line", "wb").write((chunk * (10 * 1024 * 1024 //
    len(chunk) + 1))[:10 * 1024 * 1024])
EOF

for f in in-*; do
	name=${f#in-}
	"$FL" -f text "$f" >out.txt 2>err.txt
	st=$?
	if crashed $st err.txt; then
		bad "lossless $name: text: crashed ($st): $(head -1 err.txt)"
	elif [ $st -ne 0 ] || [ -s err.txt ]; then
		bad "lossless $name: text: status $st: $(head -1 err.txt)"
	elif ! strip_markers out.txt | cmp -s - "$f"; then
		bad "lossless $name: removing the markers does not give the input"
	else
		ok
	fi
	"$FL" -f json "$f" >out.json 2>err.txt
	st=$?
	if crashed $st err.txt; then
		bad "lossless $name: json: crashed ($st): $(head -1 err.txt)"
	elif [ $st -ne 0 ]; then
		bad "lossless $name: json: status $st: $(head -1 err.txt)"
	elif ! json_ok "$f" out.json 2>err.py; then
		bad "lossless $name: json offsets: $(tail -1 err.py)"
	else
		ok
	fi
done

# --- 3b. markup -----------------------------------------------------------
# The same inputs read as Markdown and as HTML, and nesting that would
# take a parser quadratic time: each must stay lossless and end within a
# minute (they take well under a second).

python3 - <<'EOF' || exit 2
open("mk-deep-div.html", "w").write("<div>" * 200000 + "It may rain." +
    "</div>" * 200000)
open("mk-deep-list.html", "w").write("<ul><li>" * 40000 + "It may rain.")
open("mk-deep-b.html", "w").write("<p>" + "<b x=1>" * 50000 + "may")
open("mk-deep-quote.md", "w").write(">" * 100000 + " It may rain.\n")
open("mk-deep-list.md", "w").write("".join("  " * i + "- it may\n"
    for i in range(3000)))
open("mk-brackets.md", "w").write("[" * 50000 + "may" + "](x)" * 20000)
open("mk-emphasis.md", "w").write("*_" * 50000 + "may" + "_*" * 20000)
open("mk-entities.html", "w").write("&amp" * 30000 + "&notit; &#147;" *
    10000 + "&#x;&#;&;" * 5000)
open("mk-comments.md", "w").write("<!-- factlens off -->\n\nMay be.\n\n"
    "<!-- factlens on -->\n\nIt may.\n\n" * 5000 +
    "<!-- factlens disable hedge -->" * 5000 + "It may.\n")
EOF

for f in in-* mk-*; do
	case $f in
	*.html) types=html ;;
	*.md) types=markdown ;;
	*) types="markdown html" ;;
	esac
	for t in $types; do
		timeout 60 "$FL" --input=$t -f text "$f" >out.txt 2>err.txt
		st=$?
		if [ $st -eq 124 ]; then
			bad "markup $t $f: text: over a minute"
		elif crashed $st err.txt || [ $st -ne 0 ]; then
			bad "markup $t $f: text: status $st: $(head -1 err.txt)"
		elif ! strip_markers out.txt | cmp -s - "$f"; then
			bad "markup $t $f: removing the markers does not give the input"
		else
			ok
		fi
		timeout 60 "$FL" --input=$t -f json "$f" >out.json 2>err.txt
		st=$?
		if [ $st -ne 0 ]; then
			bad "markup $t $f: json: status $st: $(head -1 err.txt)"
		elif ! json_ok "$f" out.json 2>err.py; then
			bad "markup $t $f: json offsets: $(tail -1 err.py)"
		else
			ok
		fi
	done
done

# --- 4. hostile rules ----------------------------------------------------

# expect_error NAME RULEFILE ERE: exit 2, one clear message matching ERE,
# no crash, within 20 seconds.
expect_error() {
	echo "It may rain." >small.txt
	start=$(date +%s)
	"$FL" -r "$2" small.txt >out.txt 2>err.txt
	st=$?
	took=$(($(date +%s) - start))
	if crashed $st err.txt; then
		bad "rules $1: crashed ($st): $(head -1 err.txt)"
	elif [ $st -ne 2 ]; then
		bad "rules $1: status $st, want 2"
	elif ! grep -Eq -- "$3" err.txt; then
		bad "rules $1: stderr does not match '$3': $(head -1 err.txt)"
	elif [ -s out.txt ]; then
		bad "rules $1: output despite the error"
	elif [ "$took" -gt 20 ]; then
		bad "rules $1: took $took s"
	else
		ok
	fi
}

rule() {	# FILE ID PATTERN-LINE
	cat >"$1" <<EOF
category: hedge
rules:
  - id: $2
    explain: A test rule.
    $3
    examples:
      match: ["It may rain."]
EOF
}

# A catastrophic pattern: reported once, with rule id and position, and the
# run goes on (every sentence is printed, the text stays lossless).
cat >cat.yml <<'EOF'
category: hedge
rules:
  - id: t.catastrophic
    explain: Nested quantifiers.
    pattern: '(a+)+$'
    examples:
      match: ["aaa"]
  - id: t.nested
    explain: More nested quantifiers.
    pattern: '(?:(?:\w+\s?)*)*\d$'
    examples:
      match: ["a 1"]
  - id: t.may
    explain: A modal verb.
    words: [may]
    examples:
      match: ["It may rain."]
EOF
printf 'It may rain.\n\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n\nPolice may say so.\n' >cat.txt
"$FL" -r cat.yml cat.txt >out.txt 2>err.txt
st=$?
n=$(grep -c "rule 't.catastrophic'" err.txt)
if crashed $st err.txt; then
	bad "rules catastrophic: crashed ($st)"
elif [ "$n" -ne 1 ]; then
	bad "rules catastrophic: reported $n times, want once: $(head -3 err.txt)"
elif ! grep -q "^factlens: cat.txt:3:1: rule 't.catastrophic'.*limit" err.txt
then
	bad "rules catastrophic: no position or limit: $(head -1 err.txt)"
elif [ $st -ne 2 ]; then
	bad "rules catastrophic: status $st, want 2"
elif ! grep -q 'Police' out.txt || ! strip_markers out.txt | cmp -s - cat.txt
then
	bad "rules catastrophic: the run did not go on to the end"
else
	ok
fi
# The same on a long line: still once per sentence, and fast.
python3 -c 'import sys; sys.stdout.write(("It " + "a" * 40 + "b. ") * 2)' \
    >cat2.txt
start=$(date +%s)
"$FL" -r cat.yml cat2.txt >out.txt 2>err.txt
st=$?
took=$(($(date +%s) - start))
n=$(grep -c "rule 't.catastrophic'" err.txt)
if crashed $st err.txt || [ $st -ne 2 ] || [ "$n" -ne 2 ] ||
    [ "$took" -gt 20 ]; then
	bad "rules catastrophic-2: status $st, $n reports, $took s"
else
	ok
fi

# A YAML bomb: aliases name one long list many times.
python3 - <<'EOF'
words = ", ".join("word%04d" % i for i in range(2000))
with open("bomb.yml", "w") as f:
    f.write("category: hedge\nrules:\n")
    f.write("  - id: b0\n    explain: &x Lots.\n    words: &w [%s]\n"
            "    examples: &e {match: [word0001]}\n" % words)
    for i in range(1, 20000):
        f.write("  - {id: b%d, explain: *x, words: *w, examples: *e}\n" % i)
# The classic: lists of lists of aliases (a billion laughs).
with open("laughs.yml", "w") as f:
    f.write("category: hedge\nrules:\n  - id: l\n    explain: lol\n")
    f.write('    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol"]\n')
    prev = "a"
    for c in "bcdefghi":
        f.write("    %s: &%s [%s]\n" % (c, c, ",".join(["*" + prev] * 9)))
        prev = c
    f.write("    words: *i\n    examples: {match: [lol]}\n")
# A 10 MB rule file: one rule with a 10 MB pattern; and a 17 MB one.
with open("huge-pattern.yml", "w") as f:
    f.write("category: hedge\nrules:\n  - id: h\n    explain: big\n")
    f.write("    pattern: '" + "abc|" * (10 * 1024 * 1024 // 4) + "x'\n")
    f.write("    examples: {match: [abc]}\n")
with open("too-big.yml", "w") as f:
    f.write("category: hedge\nrules: []\n" + "#" * (17 * 1024 * 1024) + "\n")
EOF
expect_error "yaml-bomb" bomb.yml 'bomb.yml:[0-9]+:[0-9]+: .*alias'
expect_error "billion-laughs" laughs.yml 'laughs.yml:[0-9]+:[0-9]+: '
expect_error "10mb-pattern" huge-pattern.yml 'huge-pattern.yml:5:14: .*too large'
expect_error "17mb-file" too-big.yml 'too-big.yml: .*16 MiB'
printf 'category: hedge\nrules:\n\t- id: a\n' >tabs.yml
expect_error "tabs" tabs.yml 'tabs.yml:3:1: .*(tab|token)'
printf 'category: hedge\nrules: many\n' >type1.yml
expect_error "wrong-type-rules" type1.yml 'type1.yml:2:8: rules must be a list'
rule type2.yml '[a, b]' 'words: [may]'
expect_error "wrong-type-id" type2.yml 'type2.yml:3:9: id must be a string'
rule type3.yml t.x 'words: may'
expect_error "wrong-type-words" type3.yml "type3.yml:5:12: .*words must be"
rule unknown.yml t.x 'pattrn: may'
expect_error "unknown-key" unknown.yml "unknown.yml:5:5: .*unknown key 'pattrn'"
printf 'category: hedge\ncolour: red\nrules: []\n' >unknown2.yml
expect_error "unknown-top-key" unknown2.yml "unknown2.yml:2:1: unknown key 'colour'"
rule dup.yml t.x 'words: [may]'
printf '  - id: t.x\n    explain: Again.\n    words: [might]\n    examples:\n      match: ["It might."]\n' >>dup.yml
expect_error "duplicate-id" dup.yml "dup.yml:[0-9]+:5: duplicate rule id 't.x' \(first at dup.yml:3:5\)"
rule dupkey.yml t.x 'words: [may]
    words: [might]'
expect_error "duplicate-key" dupkey.yml "dupkey.yml:6:5: .*duplicate key 'words'"
rule missing.yml t.x 'unless: foo'
expect_error "missing-pattern" missing.yml "missing.yml:3:5: .*exactly one of pattern and words"
rule regex.yml t.x "pattern: '(may'"
expect_error "invalid-regex" regex.yml "regex.yml:5:14: .*t\.x.*missing closing parenthesis"
printf '\xff\xfe\x00c\x00a\x00t' >binary.yml
expect_error "binary" binary.yml 'binary.yml'
: >empty.yml
expect_error "empty" empty.yml 'empty.yml: .*empty'

# --- 5. hostile environment ----------------------------------------------

printf 'The ministry said the talks may resume.\n\nSome experts say it is over.\n' >a.txt
printf 'Police said so.\n' >b.txt

# Writing to /dev/full: exit 2 with a message.
if [ -w /dev/full ]; then
	for f in a.txt in-random-text; do
		"$FL" "$f" >/dev/full 2>err.txt
		st=$?
		if crashed $st err.txt || [ $st -ne 2 ] ||
		    ! grep -q '^factlens: write error: No space left' err.txt
		then
			bad "env dev-full $f: status $st: $(head -1 err.txt)"
		else
			ok
		fi
	done
fi

# The reader closes the pipe: a quiet end (SIGPIPE, or 0), nothing on stderr.
{ "$FL" in-10mb-one-line 2>err.txt; echo $? >st.txt; } | head -c 100 >/dev/null
st=$(cat st.txt)
if [ "$st" -ne 141 ] && [ "$st" -ne 0 ] || [ -s err.txt ]; then
	bad "env closed-pipe: status $st: $(head -1 err.txt)"
else
	ok
fi

# A missing file and a directory among others: reported, the others done.
mkdir adir
"$FL" a.txt missing.txt adir b.txt >out.txt 2>err.txt
st=$?
if crashed $st err.txt || [ $st -ne 2 ] ||
    ! grep -q '^factlens: missing.txt: No such file or directory$' err.txt ||
    ! grep -q '^factlens: adir: Is a directory$' err.txt ||
    ! grep -q 'ministry' out.txt || ! grep -q 'Police' out.txt; then
	bad "env missing-and-directory: status $st: $(head -2 err.txt)"
else
	ok
fi
if [ "$(id -u)" -ne 0 ]; then
	cp a.txt locked.txt
	chmod 000 locked.txt
	"$FL" locked.txt b.txt >out.txt 2>err.txt
	st=$?
	if [ $st -ne 2 ] || ! grep -q 'locked.txt: Permission denied' err.txt ||
	    ! grep -q 'Police' out.txt; then
		bad "env unreadable: status $st: $(head -1 err.txt)"
	else
		ok
	fi
fi

# A FIFO that a slow writer feeds.
mkfifo fifo
{ printf 'It may rain.\n\n'; sleep 1; printf 'Police said so.\n'; } >fifo &
"$FL" fifo >out.txt 2>err.txt
st=$?
wait
if [ $st -ne 0 ] || ! grep -q 'Police' out.txt || ! grep -q 'rain' out.txt
then
	bad "env fifo: status $st: $(head -1 err.txt)"
else
	ok
fi

# A slow pipe: the first paragraph is out before the writer goes on
# (tail -f log | factlens).
: >slow.out
{ printf 'First paragraph may go.\n\n'; sleep 3; printf 'Second.\n'; } |
    "$FL" >slow.out 2>err.txt &
pid=$!
sleep 2
if grep -q 'First' slow.out && ! grep -q 'Second' slow.out; then
	ok
else
	bad "env slow-pipe: the first paragraph was not flushed before the next read"
fi
wait $pid
if ! grep -q 'Second' slow.out; then
	bad "env slow-pipe: the second paragraph is missing"
fi

# Out of memory: a clean message and exit 2.
if [ -n "$FACTLENS_SANITIZED" ]; then
	echo "skip env out-of-memory: sanitizer build"
else
	head -c 4000000 in-10mb-one-line >in4mb
	(ulimit -v 40000 && exec "$FL" -f html in4mb) >/dev/null 2>err.txt
	st=$?
	if crashed $st err.txt || [ $st -ne 2 ] ||
	    ! grep -q '^factlens: out of memory' err.txt; then
		bad "env out-of-memory: status $st: $(head -1 err.txt)"
	else
		ok
	fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
