#!/usr/bin/env python3
"""structure.py FACTLENS FILE...: the worksheet and the answer key of each
FILE agree with factlens's own JSON output of it.

For every document, in labels mode, in cues mode, with --worksheet=cued and
with --only speculation,claim: one question per sentence of the exercise,
numbered as the JSON's index + 1, with the sentence's text, a radio group
of the labels offered (each radio inside its <label>, unique ids), the
right answer hidden in the page; cue words in spans whose text is the
JSON's cue text; in cues mode, words that join back into the sentence;
nothing fetched, one script.  The key has the same numbers and answers.
Prints one line per failure, then "N passed, N failed".
"""
import html.parser
import json
import subprocess
import sys

LABELS = ["sourced", "speculation", "opinion", "claim", "other"]


class Page(html.parser.HTMLParser):
    """A small DOM: elements with attributes, text, children."""

    VOID = {"meta", "input", "br", "img", "link", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = {"tag": "#root", "a": {}, "kids": [], "text": []}
        self.stack = [self.root]
        self.ids = []

    def handle_starttag(self, tag, attrs):
        e = {"tag": tag, "a": dict(attrs), "kids": [], "text": []}
        if "id" in e["a"]:
            self.ids.append(e["a"]["id"])
        self.stack[-1]["kids"].append(e)
        self.stack[-1]["text"].append(e)
        if tag not in self.VOID:
            self.stack.append(e)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while len(self.stack) > 1:
            e = self.stack.pop()
            if e["tag"] == tag:
                return
        raise ValueError("stray </%s>" % tag)

    def handle_data(self, data):
        self.stack[-1]["text"].append(data)


def text_of(e):
    return "".join(t if isinstance(t, str) else text_of(t) for t in e["text"])


def walk(e):
    yield e
    for k in e["kids"]:
        yield from walk(k)


def find(e, pred):
    return [x for x in walk(e) if pred(x)]


def cls(e, c):
    return c in e["a"].get("class", "").split()


def parse(doc):
    p = Page()
    p.feed(doc)
    p.close()
    return p


fails = []
passes = 0


def check(cond, what):
    global passes
    if cond:
        passes += 1
    else:
        fails.append(what)


def run(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode()


def common(page, raw, where):
    check(raw.startswith("<!DOCTYPE html>\n"), where + ": doctype")
    check(len(page.ids) == len(set(page.ids)), where + ": ids are unique")
    ext = find(page.root, lambda e: e["a"].get("src") or
               (e["a"].get("href") and not e["a"]["href"].startswith("#")))
    check(not ext, where + ": refers to nothing outside the page")
    check(len(page.stack) == 1, where + ": every element closed")


def worksheet(binary, name, sents, variant, args):
    where = "%s %s" % (name, variant)
    rc, out, err = run(binary, "-f", "worksheet", *args, name)
    check(rc == 0 and err == "", where + ": exit %d %s" % (rc, err))
    page = parse(out)
    common(page, out, where)
    check(len(find(page.root, lambda e: e["tag"] == "script")) == 1,
          where + ": one script")
    body = find(page.root, lambda e: e["tag"] == "body")[0]
    choices = body["a"]["data-choices"].split()
    only = [a for a in args if a.startswith("--only=")]
    offered = only[0][7:].split(",") if only else LABELS
    want_choices = [l for l in LABELS if l in offered]
    if len(want_choices) < 5:
        want_choices.append("none")
    check(choices == want_choices, where + ": choices %r" % choices)
    cued = "cued" in " ".join(args)
    chosen = [s for s in sents if not cued or s["cues"]]
    qs = find(page.root, lambda e: cls(e, "q"))
    check(len(qs) == len(chosen), where + ": %d questions for %d sentences"
          % (len(qs), len(chosen)))
    for q, s in zip(qs, chosen):
        n = s["index"] + 1
        w = "%s: sentence %d" % (where, n)
        check(q["a"]["data-n"] == str(n), w + ": number")
        want = s["label"] if s["label"] in offered else "none"
        check(q["a"]["data-a"] == want, w + ": answer %s, json %s"
              % (q["a"]["data-a"], want))
        tx = find(q, lambda e: cls(e, "tx"))[0]
        check(text_of(tx) == s["text"], w + ": text")
        cues = [text_of(c) for c in find(tx, lambda e: cls(e, "cue"))]
        joined = "".join(cues)
        check(all(c["text"] in s["text"] for c in s["cues"]) and
              all(c in s["text"] for c in cues), w + ": cue spans")
        check(bool(joined) == bool(s["cues"]), w + ": cue marked")
        radios = find(q, lambda e: e["tag"] == "input")
        check([r["a"]["value"] for r in radios] == choices,
              w + ": the radios offer the choices")
        labels = find(q, lambda e: e["tag"] == "label")
        check(len(labels) == len(radios) and all(
            len(find(l, lambda e: e["tag"] == "input")) == 1
            for l in labels), w + ": each radio in its label")
        check(find(q, lambda e: e["tag"] == "fieldset") and
              find(q, lambda e: e["tag"] == "legend"), w + ": fieldset")
        fb = find(q, lambda e: cls(e, "fb"))
        check(len(fb) == 1 and "hidden" in fb[0]["a"], w + ": feedback hidden")
        check(find(fb[0], lambda e: cls(e, "tag"))[0]["a"]["class"] ==
              "tag tag-" + s["label"], w + ": the label in the feedback")
        if "cues" in " ".join(args):
            words = [text_of(x) for x in find(tx, lambda e: cls(e, "w"))]
            check(words == s["text"].split(), w + ": the words")
    return out


def key(binary, name, sents):
    where = name + " key"
    rc, out, err = run(binary, "-f", "key", name)
    check(rc == 0 and err == "", where + ": exit %d %s" % (rc, err))
    page = parse(out)
    common(page, out, where)
    check(not find(page.root, lambda e: e["tag"] == "script"),
          where + ": no script")
    ks = find(page.root, lambda e: cls(e, "k") and not cls(e, "out"))
    check(len(ks) == len(sents), where + ": one entry per sentence")
    for k, s in zip(ks, sents):
        n = find(k, lambda e: cls(e, "n"))[0]
        tag = find(k, lambda e: cls(e, "tag"))[0]
        check(text_of(n) == str(s["index"] + 1) and
              text_of(tag) == s["label"], "%s: sentence %d" %
              (where, s["index"] + 1))


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    for name in files:
        rc, out, err = run(binary, "-f", "json", name)
        sents = [o for o in map(json.loads, out.splitlines())
                 if o["type"] == "sentence"]
        check(rc == 0 and sents, name + ": json")
        page = worksheet(binary, name, sents, "labels", [])
        worksheet(binary, name, sents, "cues", ["--worksheet=cues"])
        worksheet(binary, name, sents, "cued", ["--worksheet=cued"])
        worksheet(binary, name, sents, "only",
                  ["--only=speculation,claim"])
        key(binary, name, sents)
        fp = page.split('data-fp="')[1].split('"')[0]
        check(fp.startswith("fnv1a64:") and len(fp) == 24,
              name + ": fingerprint")
    for f in fails:
        print("worksheet: FAIL: " + f)
    print("%d passed, %d failed" % (passes, len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
