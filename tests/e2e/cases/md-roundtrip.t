# name: markdown: removing the text format's markers gives back the file byte for byte (built-in and test rules), with backslashes, marker characters, tabs, code, raw HTML, references, front matter and CRLF; json offsets agree with the file
# setup: printf 'Title may\r\n=====\r\n\r\nThe pier may open.\r\nOfficials said it\r\nmight close.\r\n\r\n- item may\r\n  > quote might\r\n' > crlf.md
# run: for f in rt.md crlf.md; do factlens --no-config $f > $f.builtin || exit 1; factlens --no-config -r "$E2E/rules" $f > $f.test || exit 1; done; echo done
# file: rt.md
---
title: "A \ backslash ⟦claim⟧ may"
---
# A \\ heading with ⟨x.y:z⟩ markers may confuse

The pier *may* open\
and **Officials said** it "might" close.  
A hard break above; a tab	here, and ⟦⟧ ⟨⟩ \⟦ \\⟧ may.

1) Item with `code \ ⟦x⟧` may go.
2) Item with <span title="⟦may⟧">html</span> might go.

> Quote with &amp; and &#x27E6; may go.
> > Inner *quote
> > might* wrap.

```
fenced \ ⟦code⟧ may
```

Reportedly, experts say it will probably fail. Clearly the board must act.
# stdout:
done
# check: strip_markers rt.md.builtin | cmp - rt.md
# check: strip_markers rt.md.test | cmp - rt.md
# check: strip_markers crlf.md.builtin | cmp - crlf.md
# check: strip_markers crlf.md.test | cmp - crlf.md
## The markers are there (so the round trip is not trivially true):
# check: grep -q '⟦speculation⟧Item with `code \\\\ \\⟦x\\⟧` ⟨t.may:may⟩ go\.' rt.md.test
# check: grep -q '⟨t.may:might⟩ close' crlf.md.test
# check: for f in rt.md crlf.md; do factlens --no-config -f json $f > j && json_check $f j || exit 1; factlens --no-config -r "$E2E/rules" -f json $f > j && json_check $f j || exit 1; done
