# name: markdown: diag LINE:COL is the byte of the cue in the original file (front matter, heading, UTF-8 before the cue, a tab, a reference, list, quote, nested quote); the check reads each line's LINE:COL and compares the file's bytes there with the quoted cue
# args: --no-config -r "$E2E/rules" -f diag -o hedge,attribution,quote pos.md
# file: pos.md
---
note: may
---
# Café — the pier may open

Crème brûlée, naïve café: the pier m&#97;y open.	Officials said so.

- Ünïcödé item: the board *might* wait.
  1. Nested «item» may go.

> Zoë wrote: “the dock may close”.
> > The board said "it might rain".

| Ω | 表 may |
# file: cuepos.py
import re, sys
src, diag, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(src, "rb").read().split(b"\n")
n = 0
for d in open(diag, encoding="utf-8"):
    d = d.rstrip("\n")
    m = re.match(r"^(.+?):(\d+):(\d+): (?:sourced|speculation|opinion|claim|other): "
                 r"[^']*'([^']*)'.* \[[A-Za-z0-9._-]+\]$", d)
    assert m, "not FILE:LINE:COL: LABEL: ... 'cue' ... [rule]: " + d
    assert m.group(1) == src, "file name: " + d
    ln, col, cue = int(m.group(2)), int(m.group(3)), m.group(4).encode()
    at = lines[ln - 1][col - 1:col - 1 + len(cue)]
    assert at == cue, "%d:%d holds %r, not the cue %r" % (ln, col, at, cue)
    n += 1
assert n == want, "%d cues checked, want %d" % (n, want)
print(n, "cues at their LINE:COL")
# stdout:
pos.md:4:22: other: hedge 'may': A modal verb of possibility. [t.may]
pos.md:6:41: speculation: hedge 'm&#97;y': A modal verb of possibility. [t.may]
pos.md:6:55: sourced: attribution 'Officials said': A named body said something; the content follows. [t.said]
pos.md:8:32: speculation: hedge 'might': A modal verb of possibility. [t.may]
pos.md:9:22: speculation: hedge 'may': A modal verb of possibility. [t.may]
pos.md:11:27: speculation: hedge 'may': A modal verb of possibility. [t.may]
pos.md:12:5: sourced: attribution 'The board said': A named body said something; the content follows. [t.said]
pos.md:12:20: sourced: quote '"it might rain"': Straight quotation marks. [t.quote]
pos.md:12:24: sourced: hedge 'might': A modal verb of possibility. [t.may]
pos.md:14:12: other: hedge 'may': A modal verb of possibility. [t.may]
# check: python3 cuepos.py pos.md stdout 10
## The default findings (speculation) point at their cue too:
# check: factlens --no-config -r "$E2E/rules" -f diag pos.md > d && python3 cuepos.py pos.md d 4
