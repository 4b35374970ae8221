#!/bin/sh
# bench/run.sh [BINARY]: the speed and memory benchmark (make bench).
#
# Generates a deterministic corpus (bench/gencorpus.c: templates this
# project wrote, a fixed seed), then on the same file and in the same run:
#   - factlens --format=json and --format=text: MB/s and peak RSS;
#   - grep -c -i -w -f WORDS, WORDS being the literal words of the default
#     rules (factlens --list-literals): the floor of what any scanner of
#     those words must do, and the ratio factlens/grep, with grep in the
#     C.UTF-8 locale and in the C locale (eight times faster);
#   - the corpus at 1x, 4x and 16x size: seconds per MB, to show that cost
#     grows linearly;
#   - --jobs 2 against --jobs 1: the speed-up on two threads;
#   - start-up: the best of 20 runs on empty input (rule loading, regex
#     compilation, JIT);
#   - the project's own news stories, reviews and editorials (tests/corpus),
#     repeated: json against grep on cue-dense prose;
#   - record mode: the same kind of text as JSON Lines, one article of
#     about 3.5 KB a record (bench/tojsonl.c), -f records on one thread,
#     --jobs 2, GNU parallel with 2 jobs and tools/factlens-dask with 2
#     workers: records/s and MB/s, and the ratio to --format=json on the
#     same text as plain text.
# Sizes: BENCH_MB (default 100) for the main corpus, BENCH_SCALE_MB (default
# 16) for the 1x of the scaling runs, BENCH_NEWS_MB (default 20) for the
# news text, BENCH_JSONL_MB (default 500) for the text of the JSON Lines
# corpus.  Machines are shared and noisy: read
# the ratios, which compare runs on the same machine at the same time.  Every
# timing but start-up is the best of three runs.
set -eu
bin=${1:-./factlens}
# Absolute: GNU parallel and the Dask workers run it too.
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(dirname "$0")
mb=${BENCH_MB:-100}
smb=${BENCH_SCALE_MB:-16}
nmb=${BENCH_NEWS_MB:-20}
jmb=${BENCH_JSONL_MB:-500}
tmp=${BENCH_TMP:-$(mktemp -d)}
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
CC=${CC:-cc}

$CC -O2 -o "$tmp/gencorpus" "$here/gencorpus.c"
$CC -O2 -o "$tmp/runstat" "$here/runstat.c"
$CC -O2 -o "$tmp/tojsonl" "$here/tojsonl.c"
stat() { "$tmp/runstat" "$@"; }
# best3 ARGS...: stat's "seconds peak-KB" for the best of three runs (the
# least time, the most memory): one run is easily slowed by the machine's
# other work, and grep and factlens are measured alike.
best3() {
	_t= _m=0
	for _i in 1 2 3; do
		_r=$(stat "$@")
		if [ "$(echo "$_r" | cut -d' ' -f3)" != 0 ]; then
			# In a command substitution: end the whole script.
			echo "bench: '$*' failed: $_r" >&2
			kill -TERM $$
		fi
		_s=$(echo "$_r" | cut -d' ' -f1)
		_k=$(echo "$_r" | cut -d' ' -f2)
		if [ -z "$_t" ] || [ "$(calc "$_s < $_t" 0)" -eq 1 ]; then
			_t=$_s
		fi
		[ "$_k" -gt "$_m" ] && _m=$_k
	done
	echo "$_t $_m"
}

# Arithmetic in awk, so that the benchmark needs nothing beyond POSIX.
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

printf 'corpus: %s MB ... ' "$mb"
set -- $(stat - "$tmp/corpus.txt" "$tmp/gencorpus" "$mb")
printf 'generated in %.2f s\n' "$1"
bytes=$(wc -c < "$tmp/corpus.txt")
size=$(calc "$bytes / 1048576" 3)
"$bin" --list-literals | cut -f2 | grep -v '^-$' | sort -u > "$tmp/words"
echo "words: $(wc -l < "$tmp/words") literal words of the default rules"

mbs() { calc "$1 / $2" 1; }

# Not to /dev/null: GNU grep then stops at the first match, as with -q.
# grep's speed depends on the locale: with -i in a UTF-8 locale it folds
# case character by character, in the C locale byte by byte, about eight
# times faster here.  The project's floor (40% of grep) is set against
# grep in C.UTF-8, the locale of every figure before; the C locale's grep
# is printed too, and is the one that reads news prose in time (below).
set -- $(best3 "$tmp/corpus.txt" "$tmp/grep.out" env LC_ALL=C.UTF-8 \
    grep -c -i -w -f "$tmp/words")
gsec=$1
printf '%-26s %8.2f s %8s MB/s  (LC_ALL=C.UTF-8)\n' \
    "grep -c -i -w -f WORDS" "$gsec" "$(mbs "$size" "$gsec")"
set -- $(best3 "$tmp/corpus.txt" "$tmp/grep.out" env LC_ALL=C \
    grep -c -i -w -f "$tmp/words")
gcsec=$1
printf '%-26s %8.2f s %8s MB/s  (LC_ALL=C)\n' \
    "grep -c -i -w -f WORDS" "$gcsec" "$(mbs "$size" "$gcsec")"
for fmt in json text; do
	set -- $(best3 "$tmp/corpus.txt" /dev/null "$bin" --format=$fmt)
	printf '%-26s %8.2f s %8s MB/s  peak RSS %6.1f MB  %s%% of grep (%s%% in C)\n' \
	    "factlens --format=$fmt" "$1" "$(mbs "$size" "$1")" \
	    "$(calc "$2 / 1024" 1)" "$(calc "100 * $gsec / $1" 1)" \
	    "$(calc "100 * $gcsec / $1" 1)"
done

# Cue-dense prose, where rules cost most: the project's own labelled news
# stories, reviews and editorials (tests/corpus) repeated to BENCH_NEWS_MB.
top=$(cd "$here/.." && pwd)
: > "$tmp/news.txt"
while [ "$(wc -c < "$tmp/news.txt")" -lt $((nmb * 1048576)) ]; do
	cat "$top"/tests/corpus/*.txt >> "$tmp/news.txt"
done
nsize=$(calc "$(wc -c < "$tmp/news.txt") / 1048576" 3)
# In C.UTF-8, grep -i -w with these words reads this varied prose at about
# 0.1 MB/s (its DFA is rebuilt again and again), so here grep runs in the
# C locale.
set -- $(best3 "$tmp/news.txt" "$tmp/grep.out" env LC_ALL=C \
    grep -c -i -w -f "$tmp/words")
ngsec=$1
printf '%-26s %8.2f s %8s MB/s  (news, %s MB, LC_ALL=C)\n' \
    "grep -c -i -w -f WORDS" "$ngsec" "$(mbs "$nsize" "$ngsec")" "$nsize"
set -- $(best3 "$tmp/news.txt" /dev/null "$bin" --format=json)
printf '%-26s %8.2f s %8s MB/s  peak RSS %6.1f MB  %s%% of grep in C\n' \
    "factlens --format=json" "$1" "$(mbs "$nsize" "$1")" \
    "$(calc "$2 / 1024" 1)" "$(calc "100 * $ngsec / $1" 1)"
rm -f "$tmp/news.txt"

set -- $(best3 "$tmp/corpus.txt" /dev/null "$bin" --format=json --jobs 2)
j2=$1
set -- $(best3 "$tmp/corpus.txt" /dev/null "$bin" --format=json --jobs 1)
printf '%-26s %8.2f s %8s MB/s  speed-up %sx over --jobs 1\n' \
    "factlens --jobs 2 (json)" "$j2" "$(mbs "$size" "$j2")" \
    "$(calc "$1 / $j2" 2)"

echo "scaling (text format, best of 3; seconds per MB should stay flat):"
# The three sizes take turns, three rounds, so that the machine's speed
# drifting over the minutes this takes is shared out among them.
for k in 1 4 16; do
	"$tmp/gencorpus" $((smb * k)) > "$tmp/scale$k.txt"
	eval "t$k= m$k=0"
done
for round in 1 2 3; do
	for k in 1 4 16; do
		r=$(stat "$tmp/scale$k.txt" /dev/null "$bin" --format=text)
		s=$(echo "$r" | cut -d' ' -f1)
		kb=$(echo "$r" | cut -d' ' -f2)
		eval "t=\$t$k m=\$m$k"
		if [ -z "$t" ] || [ "$(calc "$s < $t" 0)" -eq 1 ]; then
			eval "t$k=$s"
		fi
		[ "$kb" -gt "$m" ] && eval "m$k=$kb"
	done
done
for k in 1 4 16; do
	sbytes=$(wc -c < "$tmp/scale$k.txt")
	eval "t=\$t$k m=\$m$k"
	printf '  %3dx %6d MB %8.2f s %8.4f s/MB  peak RSS %6.1f MB\n' "$k" \
	    $((smb * k)) "$t" "$(calc "$t * 1048576 / $sbytes" 4)" \
	    "$(calc "$m / 1024" 1)"
	rm -f "$tmp/scale$k.txt"
done

best=
for i in $(seq 20); do
	set -- $(stat /dev/null /dev/null "$bin" --format=json)
	if [ -z "$best" ] || [ "$(calc "$1 < $best" 0)" -eq 1 ]; then
		best=$1
	fi
done
printf 'start-up (best of 20, empty input): %s ms\n' "$(calc "$best * 1000" 1)"

# Record mode.  The JSON Lines records hold exactly the text of jtext.txt,
# so that the plain-text figure is for the same bytes of text.
printf 'record mode: %s MB of text as JSON Lines ... ' "$jmb"
"$tmp/gencorpus" "$jmb" 7 > "$tmp/jtext.txt"
"$tmp/tojsonl" 3500 < "$tmp/jtext.txt" > "$tmp/corpus.jsonl"
rm -f "$tmp/corpus.txt"
jbytes=$(wc -c < "$tmp/corpus.jsonl")
recs=$(wc -l < "$tmp/corpus.jsonl")
jsize=$(calc "$jbytes / 1048576" 3)
echo "$recs records, $(calc "$jsize" 1) MB"
set -- $(best3 "$tmp/jtext.txt" /dev/null "$bin" --format=json)
tplain=$1
printf '  %-30s %8.2f s %8s MB/s of text\n' "plain text --format=json" \
    "$tplain" "$(mbs "$(calc "$jmb" 3)" "$tplain")"
# rec LABEL SECONDS: records/s, MB/s of JSON Lines and the ratio to plain
# text (its time over this one's: 1.00 is as fast).
rec() {
	printf '  %-30s %8.2f s %8s records/s %8s MB/s  %sx plain text\n' \
	    "$1" "$2" "$(calc "$recs / $2" 0)" "$(mbs "$jsize" "$2")" \
	    "$(calc "$tplain / $2" 2)"
}
set -- $(best3 "$tmp/corpus.jsonl" /dev/null "$bin" --input=jsonl -f records)
rec "-f records" "$1"
rm1=$(calc "$2 / 1024" 1)
set -- $(best3 "$tmp/corpus.jsonl" /dev/null "$bin" --input=jsonl -f records \
    --jobs 2)
rec "-f records --jobs 2" "$1"
echo "  peak RSS: $rm1 MB one thread, $(calc "$2 / 1024" 1) MB --jobs 2"
if command -v parallel >/dev/null 2>&1; then
	set -- $(best3 "$tmp/corpus.jsonl" /dev/null parallel --pipe \
	    --block 8M --keep-order -j 2 "$bin" --input=jsonl -f records)
	rec "GNU parallel -j 2 --block 8M" "$1"
else
	echo "  GNU parallel: skipped (not installed)"
fi
if /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
	# Start-up of the local cluster included; no --output: the records
	# still go through the workers, which count them, and are dropped.
	set -- $(best3 /dev/null /dev/null "$here/../tools/factlens-dask" -q \
	    --workers 2 --blocksize 8MiB --factlens "$bin" \
	    "$tmp/corpus.jsonl")
	rec "factlens-dask --workers 2" "$1"
else
	echo "  factlens-dask: skipped (no python3-distributed)"
fi
