# name: plain text: directives give the same output and the same warnings, in the same order, on 2 and 3 threads as on one, over many paragraphs (off/on, disable/enable, unknown rules, stray on, an unclosed off at the end)
# file: gen.py
import sys
out = []
for i in range(6000):
    k = i % 10
    if k == 1:
        out.append("factlens: off\n")
    if k == 3:
        out.append("factlens: on\n")
    if k == 4:
        out.append("factlens: disable t.may, nope%d\n" % (i % 3))
    if k == 6:
        out.append("factlens: enable hedge\n")
    if k == 8 and i % 100 == 8:
        out.append("factlens: on\n")
    out.append("Part %d. The pier may open. Officials said \"it might\".\n\n" % i)
out.append("factlens: off\nThe end may come.\n")
sys.stdout.write("".join(out))
# setup: python3 gen.py > big.txt
# run: for f in text json tsv diag; do factlens --no-config -r "$E2E/rules" -f $f big.txt > one 2> one.err || exit 1; for j in 2 3; do factlens --no-config -r "$E2E/rules" -j $j -f $f big.txt > more 2> more.err || exit 1; cmp -s one more || echo "stdout differs: $f -j $j"; cmp -s one.err more.err || echo "stderr differs: $f -j $j"; done; done; echo done
## 1200 of 6000 parts are off (k = 1, 2); t.may is off in 1200 more (k = 4, 5)
# check: factlens --no-config -r "$E2E/rules" -f summary big.txt > s 2> e && grep -q '^big.txt: 14400 sentences$' s && grep -q 't.may (7200), t.said (4800), t.quote (4800)$' s
# check: factlens --no-config -r "$E2E/rules" -j 2 -f summary big.txt > s 2> e && grep -q '^big.txt: 14400 sentences$' s && grep -q 't.may (7200), t.said (4800), t.quote (4800)$' s
# check: test "$(grep -c "warning: unknown rule or category 'nope" e)" -eq 600 && test "$(grep -c "warning: 'factlens on' without" e)" -eq 60 && tail -n 1 e | grep -qx "factlens: big.txt:[0-9]*:1: warning: 'factlens off' is never turned back on"
# stdout:
done
