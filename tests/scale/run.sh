#!/bin/sh
# run.sh BINARY: the scale check.  20,000 JSON Lines records through
# tools/factlens-dask on a two-worker LocalCluster, and through GNU
# parallel, must give the output of one factlens -f records, record for
# record; so must the Dask summary's counts.  Skipped, and says so, when
# Debian's python3-distributed or GNU parallel is missing.
set -u
if [ $# -ne 1 ]; then
	echo "usage: sh tests/scale/run.sh BINARY" >&2
	exit 2
fi
case $1 in
/*) bin=$1 ;;
*) bin=$(pwd)/$1 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
tools=$here/../../tools
py=/usr/bin/python3
if ! $py -c 'import distributed' 2>/dev/null; then
	echo "check-scale: skipped: no python3-distributed (apt-get install python3-distributed)"
	exit 0
fi
if ! command -v parallel >/dev/null 2>&1; then
	echo "check-scale: skipped: no GNU parallel (apt-get install parallel)"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlens-scale.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
cd "$tmp" || exit 2
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL $*"; }

$py "$here/gen.py" 20000 > in.jsonl || exit 2
"$bin" --no-config -f records in.jsonl > one.jsonl 2> one.err
st=$?
[ $st -eq 2 ] || no "one factlens: status $st (want 2: the input has bad lines)"
# 20,000 records and 21 bad lines; the blank lines give none.
n=$(wc -l < one.jsonl)
[ "$n" -eq 20021 ] || no "one factlens: $n records out, want 20021"

# Dask: byte for byte, bad lines (their line numbers) included.
"$tools/factlens-dask" -q --workers 2 --blocksize 256KiB --output dask \
    --by outlet --by date:7 --summary summary.json \
    --factlens-arg=--no-config --factlens "$bin" in.jsonl > dask.out \
    2> dask.err
st=$?
[ $st -eq 2 ] || no "factlens-dask: status $st (want 2: bad lines): $(head -3 dask.err)"
parts=$(ls dask | wc -l)
[ "$parts" -ge 4 ] || no "factlens-dask: $parts part files, want several"
if cat dask/part-*.jsonl | cmp -s - one.jsonl; then ok; else
	no "factlens-dask: part files differ from one factlens"; fi
# Only factlens's own lines: on a loaded machine Dask's logging adds
# warnings of its own (an event loop unresponsive for a few seconds).
grep '^factlens: ' dask.err | sed "s|$tmp/||" | cmp -s - one.err && ok ||
    no "factlens-dask: its reports differ from one factlens's"
# The summary: what Dask added up against what one output says.
$py - one.jsonl summary.json <<'PY' && ok || no "factlens-dask: summary"
import json, sys
want = {"records": 0, "bad": 0, "labels": {}, "by": {"outlet": {}, "date:7": {}}}
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    want["records"] += 1
    f = o.pop("factlens")
    if "error" in f:
        want["bad"] += 1
        continue
    for name, key in (("outlet", o.get("outlet")), ("date:7", o.get("date", "")[:7] or None)):
        c = want["by"][name].setdefault("(none)" if key is None else key, {})
        for l, k in f["labels"].items():
            c[l] = c.get(l, 0) + k
    for l, k in f["labels"].items():
        want["labels"][l] = want["labels"].get(l, 0) + k
got = json.load(open(sys.argv[2]))
for k in want:
    assert got[k] == want[k], (k, got[k], want[k])
PY

# GNU parallel, as the README shows it (small blocks, so that there are
# many): the same records; an error line's number counts from its block.
parallel --pipe --block 256k --keep-order "$bin" --no-config --input=jsonl \
    -f records < in.jsonl > par.jsonl 2> par.err
$py - one.jsonl par.jsonl <<'PY' && ok || no "parallel --block: records differ"
import json, sys
a = open(sys.argv[1], "rb").read().splitlines()
b = open(sys.argv[2], "rb").read().splitlines()
assert len(a) == len(b), (len(a), len(b))
for x, y in zip(a, b):
    if x != y:
        x, y = json.loads(x), json.loads(y)
        x["factlens"].pop("line"), y["factlens"].pop("line")
        assert x == y and "error" in x["factlens"], (x, y)
PY
# And with whole numbers of lines a job, byte for byte.
parallel --pipe -N 3000 --block 16M --keep-order "$bin --no-config \
--input=jsonl -f records --line-offset=\$(( ({#} - 1) * 3000 ))" \
    < in.jsonl > parn.jsonl 2> parn.err
cmp -s parn.jsonl one.jsonl && ok || no "parallel -N: output differs"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
