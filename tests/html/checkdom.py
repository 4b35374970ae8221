#!/usr/bin/env python3
"""checkdom.py DOM JSON PAGE: compare Chromium's parsed DOM of factlens's
HTML page with the JSON Lines output for the same input.

- one span.s per sentence, in order, with a label tag naming its label;
- one focusable mark.cue (tabindex=0) per cue, each with data-rule and a
  data-tip that names the rule;
- no script, no external resource (the page is standalone);
- a summary with a chart and a legend.
"""
import html.parser
import json
import sys


class Walk(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.sentences = []     # labels from span.s classes
        self.tags = []          # text of span.tag inside sentences
        self.cues = []          # data-rule of focusable cues
        self.tips = []
        self.scripts = 0
        self.external = []
        self.in_tag = False
        self.in_text = 0
        self.has = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        for k in ("src", "href"):
            v = a.get(k)
            if v and not v.startswith("#"):
                self.external.append(v)
        if tag == "link":
            self.external.append(a.get("href", "link"))
        if "text" in cls:
            self.in_text = 1
        if "chart" in cls:
            self.has.add("chart")
        if "legend" in cls:
            self.has.add("legend")
        if tag == "span" and "s" in cls and self.in_text:
            self.sentences.append([c[2:] for c in cls if c.startswith("s-")][0])
        if tag == "span" and "tag" in cls and self.in_text:
            self.in_tag = True
            self.tags.append("")
        if tag == "mark" and a.get("tabindex") == "0" and self.in_text:
            self.cues.append(a.get("data-rule"))
            self.tips.append(a.get("data-tip", ""))

    def handle_endtag(self, tag):
        if tag == "span":
            self.in_tag = False

    def handle_data(self, data):
        if self.in_tag:
            self.tags[-1] += data


def main():
    dom, js, page = sys.argv[1:4]
    w = Walk()
    w.feed(open(dom, encoding="utf-8").read())
    recs = [json.loads(l) for l in open(js, encoding="utf-8")]
    sents = [r for r in recs if r["type"] == "sentence"]
    want_labels = [r["label"] for r in sents]
    want_cues = [c["rule"] for r in sents for c in r["cues"]]
    bad = []
    if w.sentences != want_labels:
        bad.append(f"sentence tints {w.sentences} != {want_labels}")
    if w.tags != want_labels:
        bad.append(f"label tags {w.tags} != {want_labels}")
    if w.cues != want_cues:
        bad.append(f"focusable cues {w.cues} != {want_cues}")
    for rule, tip in zip(w.cues, w.tips):
        if rule not in tip:
            bad.append(f"tooltip of {rule} does not name it: {tip!r}")
    if w.scripts:
        bad.append("the page has a script")
    if w.external:
        bad.append(f"the page refers outside itself: {w.external}")
    for need in ("chart", "legend"):
        if need not in w.has:
            bad.append(f"no {need}")
    raw = open(page, encoding="utf-8").read()
    if "@media print" not in raw:
        bad.append("no print style")
    for b in bad:
        print("checkdom:", b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
