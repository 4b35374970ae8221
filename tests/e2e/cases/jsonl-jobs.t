# name: jsonl: --jobs 2 and 3 give byte for byte the output and the standard error of one thread, in every record format, over many records with bad lines, blank lines and directive warnings among them
# file: gen.py
import json, sys
out = []
for i in range(6000):
    k = i % 50
    if k == 3:
        out.append('{"id":%d,"text":' % i)
    elif k == 7:
        out.append("")
    elif k == 11:
        out.append(json.dumps({"id": i, "text": "Warn.\n\nfactlens: disable nope\nThe pier may open."}))
    elif k == 13:
        out.append('{"id":%d}' % i)
    out.append(json.dumps({"id": i, "outlet": "Gazette %d" % (i % 7), "text": "Part %d. The pier may open. Officials said \"it might\".\n\nWill it? It opened." % i}))
sys.stdout.write("\n".join(out) + "\n")
# setup: python3 gen.py > big.jsonl
# run: for f in records json tsv summary; do factlens -r "$E2E/rules" -f $f big.jsonl > one 2> one.err; test $? -eq 2 || exit 1; for j in 2 3; do factlens -r "$E2E/rules" -j $j -f $f big.jsonl > more 2> more.err; test $? -eq 2 || exit 1; cmp -s one more || echo "stdout differs: $f -j $j"; cmp -s one.err more.err || echo "stderr differs: $f -j $j"; done; done; echo done
# check: factlens -r "$E2E/rules" -j 2 big.jsonl > r 2> e; test "$(wc -l < r)" -eq 6360 && test "$(grep -c '"error"' r)" -eq 240 && test "$(grep -c ': warning: ' e)" -eq 120 && test "$(wc -l < e)" -eq 360
# check: factlens -r "$E2E/rules" -j 2 -f summary big.jsonl 2>/dev/null | grep -qx 'total: 30240 sentences'
# stdout:
done
