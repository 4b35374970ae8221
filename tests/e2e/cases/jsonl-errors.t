# name: jsonl: a failed write exits 2 (one thread and two); a bad --max-record or --line-offset is a usage error; an unreadable file is reported and the others are still read
# file: a.jsonl
{"text":"The pier may open."}
# run: factlens -r "$E2E/rules" a.jsonl > /dev/full; echo "full: $?"; factlens -r "$E2E/rules" -j 2 a.jsonl > /dev/full; echo "full -j 2: $?"; factlens --max-record=0 a.jsonl 2>&1 | head -1; factlens --max-record=12X a.jsonl 2>&1 | head -1; factlens --line-offset=-1 a.jsonl 2>&1 | head -1; factlens -r "$E2E/rules" -f summary missing.jsonl a.jsonl 2>&1 | head -2; factlens -r "$E2E/rules" --max-record=1k -f summary a.jsonl | head -1
# stderr:
factlens: write error: No space left on device
factlens: write error: No space left on device
# stdout:
full: 2
full -j 2: 2
factlens: --max-record: bad size '0'
factlens: --max-record: bad size '12X'
factlens: --line-offset: bad number '-1'
factlens: missing.jsonl: No such file or directory
1: 1 sentence: sourced 0, speculation 1, opinion 0, claim 0, other 0
1: 1 sentence: sourced 0, speculation 1, opinion 0, claim 0, other 0
