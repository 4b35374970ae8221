#!/usr/bin/env python3
"""corpus-score.py [--floor F] [--seg S] [--cues] BINARY DIR...

Score factlens on labelled documents: each DIR holds DOC.txt files and one
or more TSV files with the columns doc, label, cues, sentence (a header row
"doc ..." and lines starting with # are skipped). Every DOC.txt is run
through `BINARY --format=json`; a gold sentence is found among the
predicted sentences of its document by its text with white space folded
(so hard-wrapped documents score too).

Prints, per label, precision, recall and F1, the confusion counts, the
sentences segmented exactly, and a last line "macroF1=... accuracy=...
segmentation=... n=...". With --floor, exits 1 when macro-F1 is below F;
with --seg, when the share of sentences segmented exactly is below S.

With --cues, also prints cue precision, recall and F1 per cue category and
for hedge and inference cues together ("hedge-cue", the CoNLL-2010 style
figure): within a sentence found in the output, a predicted cue matches an
unmatched gold cue of the same category (any of the two for hedge-cue) when
one text contains the other, ignoring case.
"""
import json
import os
import re
import subprocess
import sys

LABELS = ("sourced", "speculation", "opinion", "claim", "other")


def fold(s):
    return " ".join(s.split())


def predictions(binary, path):
    run = subprocess.run([binary, "--format=json", path], capture_output=True)
    if run.returncode not in (0, 1):
        sys.exit(f"corpus-score: {binary} {path}: exit {run.returncode}: "
                 + run.stderr.decode("utf-8", "replace")[:300])
    found = {}
    for line in run.stdout.decode("utf-8").splitlines():
        rec = json.loads(line)
        if rec["type"] == "sentence":
            cues = [(c["category"], c["text"]) for c in rec.get("cues", [])]
            found.setdefault(fold(rec["text"]), []).append(
                (rec["label"], cues))
    return found


def gold_rows(folder):
    rows = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".tsv"):
            continue
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("doc\t"):
                continue
            doc, label, cues, sentence = line.split("\t", 3)
            cues = [] if cues == "-" else [
                tuple(c.split(":", 1)) for c in cues.split("|")]
            rows.append((doc, label, sentence, cues))
    return rows


HEDGE_CUE = ("hedge", "inference")


def prf(tp, fp, fn):
    """Precision, recall and F1 from the counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cue_counts(counts, group, gold, pred):
    """Add true/false positives and false negatives of one sentence's cues
    whose category is in group to counts[0..2]."""
    gold = [t.lower() for c, t in gold if c in group]
    pred = [t.lower() for c, t in pred if c in group]
    for t in pred:
        hit = next((g for g in gold if g in t or t in g), None)
        if hit is None:
            counts[1] += 1
        else:
            counts[0] += 1
            gold.remove(hit)
    counts[2] += len(gold)


def print_cues(cues):
    print(f"{'cues':12s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp fp fn")
    for name, (tp, fp, fn) in cues.items():
        if tp + fp + fn == 0:
            continue
        p, r, f = prf(tp, fp, fn)
        print(f"{name:12s} {p:6.3f} {r:6.3f} {f:6.3f}   {tp} {fp} {fn}")


def main(argv):
    floor = seg_floor = None
    show_cues = False
    while argv and argv[0].startswith("--"):
        opt = argv.pop(0)
        if opt == "--floor":
            floor = float(argv.pop(0))
        elif opt == "--seg":
            seg_floor = float(argv.pop(0))
        elif opt == "--cues":
            show_cues = True
        else:
            sys.exit(__doc__)
    if len(argv) < 2:
        sys.exit(__doc__)
    binary, folders = argv[0], argv[1:]
    conf = {}
    n = missing = 0
    wrong = []
    groups = {"hedge-cue": HEDGE_CUE}
    cues = {"hedge-cue": [0, 0, 0]}
    for folder in folders:
        preds = {}
        for doc, label, sentence, gold_cues in gold_rows(folder):
            if doc not in preds:
                preds[doc] = predictions(binary,
                                         os.path.join(folder, doc + ".txt"))
            got = preds[doc].get(fold(sentence))
            got, got_cues = got.pop(0) if got else ("MISSING", [])
            for cat in sorted({c for c, _ in gold_cues + got_cues}):
                groups.setdefault(cat, (cat,))
                cues.setdefault(cat, [0, 0, 0])
            for name, group in groups.items():
                cue_counts(cues[name], group, gold_cues, got_cues)
            missing += got == "MISSING"
            conf[(label, got)] = conf.get((label, got), 0) + 1
            n += 1
            if got != label:
                wrong.append((doc, label, got, sentence))
    if n == 0:
        sys.exit("corpus-score: no labelled sentences found")
    f1s = []
    print(f"{'label':12s} {'P':>6s} {'R':>6s} {'F1':>6s}   gold -> predicted")
    for lab in LABELS:
        # A label that neither the gold nor the predictions use is left
        # out of the macro average.
        if not any(lab in gp for gp in conf):
            continue
        tp = conf.get((lab, lab), 0)
        fp = sum(v for (g, p), v in conf.items() if p == lab and g != lab)
        fn = sum(v for (g, p), v in conf.items() if g == lab and p != lab)
        p, r, f = prf(tp, fp, fn)
        f1s.append(f)
        row = " ".join(f"{q}:{conf.get((lab, q), 0)}"
                       for q in LABELS + ("MISSING",) if conf.get((lab, q)))
        print(f"{lab:12s} {p:6.3f} {r:6.3f} {f:6.3f}   {row}")
    if os.environ.get("SHOW_WRONG"):
        for w in wrong:
            print("WRONG", *w, sep="\t")
    if show_cues:
        print_cues(cues)
    macro = sum(f1s) / len(f1s)
    acc = sum(v for (g, p), v in conf.items() if g == p) / n
    seg = (n - missing) / n
    print(f"macroF1={macro:.3f} accuracy={acc:.3f} segmentation={seg:.3f} n={n}")
    bad = False
    if floor is not None and macro < floor:
        print(f"corpus-score: macro-F1 {macro:.3f} is below the floor {floor}")
        bad = True
    if seg_floor is not None and seg < seg_floor:
        print(f"corpus-score: segmentation {seg:.3f} is below {seg_floor}")
        bad = True
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
