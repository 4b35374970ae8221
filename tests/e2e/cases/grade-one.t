# name: --grade: one student's score, each wrong or missing answer with the right label, the reason and the cues
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# file: ada.json
{"format": "factlens-answers", "version": 1, "student": "Ada", "fingerprint": "FP",
 "mode": "labels", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}, {"sentence": 2, "label": "claim"},
  {"sentence": 3, "label": "claim"}, {"sentence": 4, "label": null}]}
# setup: factlens -r "$E2E/rules" -f worksheet text.txt | sed -n 's/.*data-fp="\([^"]*\)".*/\1/p' > fp && for f in *.json; do sed -i "s/FP/$(cat fp)/" "$f"; done
# args: --grade -r "$E2E/rules" ada.json text.txt
# stdout:
ada.json: Ada: 2 of 4 right (50%)
  sentence 2: you chose claim; the answer is sourced: the writer reports what a named source said
    Officials said so.
    cue 'Officials said' attribution (t.said): decided the label
  sentence 4: not answered; the answer is other: a question asserts nothing
    Will the ferry run?
