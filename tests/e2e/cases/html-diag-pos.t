# name: html: diag LINE:COL is the byte of the cue in the original file (title, heading, UTF-8 and a tab before the cue, references, inline tags, lists, nested quotes, a table cell), also with CRLF line ends; the check compares the file's bytes at LINE:COL with the quoted cue
# setup: sed 's/$/\r/' pos.html > crlf.html
# args: --no-config -r "$E2E/rules" -f diag -o hedge,attribution,quote pos.html
# file: pos.html
<!DOCTYPE html>
<html><head><title>Café: the pier may open</title></head>
<body>
<h1>Ünïcödé — it <em>might</em> open</h1>
<p class="x">Crème brûlée, naïve café: the pier m&#97;y open.	<b>Officials said</b> so.</p>
<ul><li>Zoë’s item: the board <i>might</i> wait.<ol><li>Nested «item» may go.</li></ol></li></ul>
<blockquote><p>Zoë wrote: “the dock may close”.</p>
<blockquote>The board said "it might rain".</blockquote></blockquote>
<table><tr><td>Ω</td><td>表 &#x6D;ay</td></tr></table>
</body></html>
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
pos.html:2:36: other: hedge 'may': A modal verb of possibility. [t.may]
pos.html:4:28: other: hedge 'might': A modal verb of possibility. [t.may]
pos.html:5:54: speculation: hedge 'm&#97;y': A modal verb of possibility. [t.may]
pos.html:5:71: sourced: attribution 'Officials said': A named body said something; the content follows. [t.said]
pos.html:6:37: speculation: hedge 'might': A modal verb of possibility. [t.may]
pos.html:6:76: speculation: hedge 'may': A modal verb of possibility. [t.may]
pos.html:7:40: speculation: hedge 'may': A modal verb of possibility. [t.may]
pos.html:8:13: sourced: attribution 'The board said': A named body said something; the content follows. [t.said]
pos.html:8:28: sourced: quote '"it might rain"': Straight quotation marks. [t.quote]
pos.html:8:32: sourced: hedge 'might': A modal verb of possibility. [t.may]
pos.html:9:31: other: hedge '&#x6D;ay': A modal verb of possibility. [t.may]
# check: python3 cuepos.py pos.html stdout 11
# check: factlens --no-config -r "$E2E/rules" -f diag pos.html > d && python3 cuepos.py pos.html d 4
# check: factlens --no-config -r "$E2E/rules" -f diag -o hedge,attribution,quote crlf.html > d && python3 cuepos.py crlf.html d 11
