#!/usr/bin/env python3
"""extract.py: the examples of one document, for tests/docs/run.sh.

    extract.py [--count NAME=N ...] [--mandoc PROG] DOC OUTDIR

DOC is Markdown (README.md) or mdoc (a man page: the name ends in a digit).
An example is a shell session: in Markdown a fenced code block, in mdoc a
".Bd -literal" display, whose first line starts with "$ ".  Each line that
starts with "$ " is a command (one that ends in a backslash goes on in the
next line); the lines after it, up to the next command or the end of the
block, are what it prints, standard output and standard error together, as
a terminal shows them.

A block right after a paragraph that ends in a file name and a colon is
that file: in Markdown the name in backticks ("... this input,
`three.txt`:"), in mdoc a line ".Pa three.txt :" just before the display.
Sessions and files are written to OUTDIR in document order:

    OUTDIR/steps        one line per step: "file NAME PATH" (copy PATH to
                        NAME) or "session N LINE" (run N.sh; LINE is where
                        the session starts in DOC)
    OUTDIR/N.sh         the session's commands, each as
                        { CMD
                        } >"$OUT/N.K.out" 2>&1
    OUTDIR/N.K.expect   what command K should print
    OUTDIR/N.K.cmd      command K as the document shows it, with its line

Counts that grow with the rule set are written <NAME>, <NAME + K> or
<NAME - K> in an expected output; --count NAME=N gives the value, and a
placeholder whose NAME has no value is an error.  Nothing else is a
wildcard: every other byte must match.

mdoc is unescaped for the few escapes a literal display needs (\\e, \\&,
\\-, \\(xx, \\[name], \\[uXXXX]); any other escape or a macro line inside
an example is an error, not a guess.  With --mandoc, every line of every
example must also appear in the page as mandoc renders it (-Tutf8), so
that what is tested is what the reader sees.

Exits 0, or 1 with a message on a malformed document.
"""

import os
import re
import subprocess
import sys

# roff's two-character and bracketed names used in the man page.
GLYPHS = {
    "lq": "\u201c", "rq": "\u201d", "oq": "\u2018", "cq": "\u2019",
    "dq": '"', "aq": "'", "bu": "\u2022", "em": "\u2014", "en": "\u2013",
    "ti": "~", "ha": "^", "ga": "`", "rs": "\\", "at": "@", "sh": "#",
    "Do": "$", "hy": "-", "mi": "\u2212",
}

PLACEHOLDER = re.compile(r"<([a-z]+)(?: ([+-]) ([0-9]+))?>")


class DocError(Exception):
    pass


def unescape_roff(line, where):
    out = []
    i = 0
    while i < len(line):
        c = line[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(line):
            raise DocError("%s: a backslash ends the line" % where)
        e = line[i + 1]
        if e == "e":
            out.append("\\")
            i += 2
        elif e in "&|^":
            i += 2
        elif e == "-":
            out.append("-")
            i += 2
        elif e == " ":
            out.append(" ")
            i += 2
        elif e == '"':
            break                       # a comment to the end of the line
        elif e == "(":
            name = line[i + 2:i + 4]
            if name not in GLYPHS:
                raise DocError("%s: unknown escape \\(%s" % (where, name))
            out.append(GLYPHS[name])
            i += 4
        elif e == "[":
            j = line.find("]", i)
            if j < 0:
                raise DocError("%s: unclosed \\[" % where)
            name = line[i + 2:j]
            if re.fullmatch(r"u[0-9A-F]{4,5}", name):
                out.append(chr(int(name[1:], 16)))
            elif name in GLYPHS:
                out.append(GLYPHS[name])
            else:
                raise DocError("%s: unknown escape \\[%s]" % (where, name))
            i = j + 1
        else:
            raise DocError("%s: escape \\%s in an example" % (where, e))
    return "".join(out)


def blocks_markdown(lines, name):
    """(start line, content lines, file name or None) of each fenced block."""
    para = []                           # the paragraph last seen
    blank = False
    i = 0
    while i < len(lines):
        m = re.match(r"^( *)(`{3,}|~{3,})(.*)$", lines[i])
        if not m:
            if lines[i].strip():
                if blank:
                    para, blank = [], False
                para.append(lines[i].strip())
            else:
                blank = True
            i += 1
            continue
        indent, fence = len(m.group(1)), m.group(2)
        start = i + 1
        body = []
        i += 1
        while i < len(lines):
            c = re.match(r"^ *(`{3,}|~{3,})\s*$", lines[i])
            if c and c.group(1)[0] == fence[0] and \
                    len(c.group(1)) >= len(fence):
                break
            ln = lines[i]
            body.append(ln[indent:] if ln[:indent].strip() == "" else ln)
            i += 1
        else:
            raise DocError("%s:%d: fence never closed" % (name, start))
        i += 1
        # Does the paragraph just before the block end in `NAME`: ?
        fm = re.search(r"`([^`\s]+)`:$", " ".join(para))
        yield start, body, fm.group(1) if fm else None
        para, blank = [], False


def blocks_mdoc(lines, name):
    i = 0
    while i < len(lines):
        if not re.match(r"^\.Bd\s+-literal\b", lines[i]):
            i += 1
            continue
        prev = lines[i - 1] if i > 0 else ""
        fm = re.match(r"^\.Pa\s+(\S+)\s+:\s*$", prev)
        start = i + 2
        body = []
        i += 1
        while i < len(lines) and not lines[i].startswith(".Ed"):
            body.append((i + 1, lines[i]))
            i += 1
        if i >= len(lines):
            raise DocError("%s:%d: .Bd never closed" % (name, start - 1))
        i += 1
        if not fm and not (body and body[0][1].startswith("$ ")):
            continue                    # an illustration, not an example
        out = []
        for n, ln in body:
            where = "%s:%d" % (name, n)
            if ln.startswith(".") or ln.startswith("'"):
                raise DocError("%s: a macro inside an example" % where)
            out.append(unescape_roff(ln, where))
        yield start, out, fm.group(1) if fm else None


def substitute(text, counts, where):
    def one(m):
        key = m.group(1)
        if key not in counts:
            return m.group(0)           # not ours: compared as written
        v = counts[key]
        if m.group(2):
            k = int(m.group(3))
            v = v + k if m.group(2) == "+" else v - k
        return str(v)
    return PLACEHOLDER.sub(one, text)


def sessions(body, start, name):
    """Split a session block into (line, command, expected lines)."""
    cmds = []
    i = 0
    while i < len(body):
        ln = body[i]
        if not ln.startswith("$ "):
            raise DocError("%s:%d: output before the first command" %
                           (name, start + i))
        line = start + i
        cmd = ln[2:]
        while cmd.endswith("\\") and i + 1 < len(body):
            i += 1
            nxt = body[i]
            cmd = cmd + "\n" + (nxt[2:] if nxt.startswith("> ") else nxt)
        i += 1
        out = []
        while i < len(body) and not body[i].startswith("$ "):
            out.append(body[i])
            i += 1
        cmds.append((line, cmd, out))
    return cmds


def rendered_lines(mandoc, doc):
    page = subprocess.run([mandoc, "-Tutf8", "-Owidth=200", doc],
                          capture_output=True, check=True).stdout
    page = re.sub(r".\x08", "", page.decode("utf-8"))
    return set(ln.strip() for ln in page.splitlines())


def main(argv):
    counts = {}
    mandoc = None
    args = argv[1:]
    while args and args[0].startswith("--"):
        if args[0] == "--count":
            k, v = args[1].split("=", 1)
            counts[k] = int(v)
        elif args[0] == "--mandoc":
            mandoc = args[1]
        else:
            raise DocError("unknown option " + args[0])
        args = args[2:]
    if len(args) != 2:
        raise DocError("usage: extract.py [--count NAME=N] [--mandoc PROG] "
                       "DOC OUTDIR")
    doc, outdir = args
    name = doc
    with open(doc, encoding="utf-8") as f:
        lines = f.read().split("\n")
    mdoc = re.search(r"\.[0-9]$", doc) is not None
    blocks = blocks_mdoc(lines, name) if mdoc else blocks_markdown(lines,
                                                                    name)
    seen = rendered_lines(mandoc, doc) if mdoc and mandoc else None
    os.makedirs(outdir, exist_ok=True)
    steps = []
    nsession = nfile = 0
    for start, body, fname in blocks:
        if body and body[0].startswith("$ "):
            nsession += 1
            script = []
            for k, (line, cmd, out) in enumerate(sessions(body, start,
                                                          name), 1):
                where = "%s:%d" % (name, line)
                if seen is not None:
                    for ln in ["$ " + c for c in cmd.split("\n")] + out:
                        if ln.strip() and ln.strip() not in seen:
                            raise DocError("%s: mandoc renders no line %r"
                                           % (where, ln.strip()))
                base = os.path.join(outdir, "%d.%d" % (nsession, k))
                for key in set(m.group(1) for m in
                               PLACEHOLDER.finditer("\n".join(out))):
                    if key in ("rules", "examples") and key not in counts:
                        raise DocError("%s: no value for <%s>" % (where,
                                                                  key))
                with open(base + ".expect", "w", encoding="utf-8") as f:
                    f.write("".join(substitute(x, counts, where) + "\n"
                                    for x in out))
                with open(base + ".cmd", "w", encoding="utf-8") as f:
                    f.write("%s: $ %s\n" % (where, cmd))
                script.append('{ %s\n} >"$OUT/%d.%d.out" 2>&1\n' %
                              (cmd, nsession, k))
            with open(os.path.join(outdir, "%d.sh" % nsession), "w",
                      encoding="utf-8") as f:
                f.write("".join(script))
            steps.append("session %d %d" % (nsession, start))
        elif fname is not None:
            if fname.startswith("/") or ".." in fname.split("/"):
                raise DocError("%s:%d: file name %r leaves the directory" %
                               (name, start, fname))
            nfile += 1
            path = os.path.join(outdir, "file.%d" % nfile)
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(x + "\n" for x in body))
            steps.append("file %s %s" % (fname, path))
    with open(os.path.join(outdir, "steps"), "w", encoding="utf-8") as f:
        f.write("".join(s + "\n" for s in steps))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except DocError as e:
        print("extract.py: %s" % e, file=sys.stderr)
        sys.exit(1)
