#!/bin/sh
# split-eval.sh BINARY SHARED [BLOCK]: score factlens on two halves of the
# annotated training sets, so that rule work can be tuned on one half
# (the "tune" half) and checked on the other (the "check" half).
#
# The halves are made of alternating blocks of BLOCK lines (default 500),
# not of alternating lines: neighbouring lines of these files come from
# the same article, so a split by lines would put each article in both
# halves and hide over-fitting.  Each half is scored by SHARED's
# tools/aligned.py, with the guide's definitions.  dev-gold is too small
# to split and is scored whole by make eval.
set -eu
bin=$1
shared=$2
block=${3:-500}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/tune" "$tmp/check"
for f in szeged-wiki-train.cues.tsv bioscope-abstracts.cues.tsv \
    polnear-train.tsv subjectivity-train.tsv; do
	[ -f "$shared/data/$f" ] || continue
	awk -v b="$block" -v t="$tmp/tune/$f" -v c="$tmp/check/$f" \
	    '{ if (int((NR - 1) / b) % 2 == 0) print > t; else print > c }' \
	    "$shared/data/$f"
done
for half in tune check; do
	printf '%-6s ' "$half"
	python3 "$shared/tools/aligned.py" "$bin" "$tmp/$half" | tail -n 1
done
