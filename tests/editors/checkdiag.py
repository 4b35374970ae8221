#!/usr/bin/env python3
"""checkdiag.py TEXT DIAG: every diag line is FILE:LINE:COL: LABEL: message
[rule-id], LINE:COL (1-based, COL in bytes) points at the quoted cue, and
the VS Code problem-matcher regex documented in the README matches it."""
import re
import sys

# The regexp of the README's VS Code problem matcher.
VSCODE = r"^(.*):(\d+):(\d+):\s+(sourced|speculation|opinion|claim|other):\s+(.*)$"
LINE = re.compile(r"^([^:]+):(\d+):(\d+): (sourced|speculation|opinion|claim|other): "
                  r"(.*) \[([A-Za-z0-9._-]+)\]$")


def main():
    text, diag = sys.argv[1:3]
    lines = open(text, "rb").read().split(b"\n")
    bad = 0
    n = 0
    for d in open(diag, encoding="utf-8"):
        d = d.rstrip("\n")
        n += 1
        if not re.match(VSCODE, d):
            print("checkdiag: VS Code regex does not match:", d)
            bad += 1
        m = LINE.match(d)
        if not m:
            print("checkdiag: not FILE:LINE:COL: LABEL: message [rule]:", d)
            bad += 1
            continue
        f, ln, col = m.group(1), int(m.group(2)), int(m.group(3))
        q = re.search(r"'([^']*)'", m.group(5))
        if f != text or q is None:
            print("checkdiag: wrong file or no quoted cue:", d)
            bad += 1
            continue
        # The cue may run over a line break; the message folds it.
        at = b" ".join(lines[ln - 1:ln + 2])[col - 1:]
        at = re.sub(rb"\s+", b" ", at)
        if not at.startswith(q.group(1).encode()):
            print(f"checkdiag: {ln}:{col} does not point at {q.group(1)!r}:",
                  at[:30])
            bad += 1
    if n == 0:
        print("checkdiag: no lines")
        bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
