# name: --grade with several answers files: each student, then the class report with the hardest sentences first
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# file: ada.json
{"format": "factlens-answers", "version": 1, "student": "Ada", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}, {"sentence": 2, "label": "claim"},
  {"sentence": 3, "label": "claim"}, {"sentence": 4, "label": "other"}]}
# file: bo.json
{"format": "factlens-answers", "version": 1, "student": "Bo", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "claim"}, {"sentence": 2, "label": "claim"},
  {"sentence": 3, "label": "claim"}, {"sentence": 4, "label": "other"}]}
# file: cy.json
{"format": "factlens-answers", "version": 1, "student": "Cy", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}, {"sentence": 2, "label": "sourced"},
  {"sentence": 3, "label": "opinion"}, {"sentence": 4, "label": "other"}]}
# setup: factlens -r "$E2E/rules" -f worksheet text.txt | sed -n 's/.*data-fp="\([^"]*\)".*/\1/p' > fp && for f in *.json; do sed -i "s/FP/$(cat fp)/" "$f"; done
# args: --grade -r "$E2E/rules" ada.json bo.json cy.json text.txt
# stdout:
ada.json: Ada: 3 of 4 right (75%)
  sentence 2: you chose claim; the answer is sourced: the writer reports what a named source said
    Officials said so.
    cue 'Officials said' attribution (t.said): decided the label
bo.json: Bo: 2 of 4 right (50%)
  sentence 1: you chose claim; the answer is speculation: the writer hedges or infers instead of stating
    The pier may open.
    cue 'may' hedge (t.may): decided the label
  sentence 2: you chose claim; the answer is sourced: the writer reports what a named source said
    Officials said so.
    cue 'Officials said' attribution (t.said): decided the label
cy.json: Cy: 3 of 4 right (75%)
  sentence 3: you chose opinion; the answer is claim: stated as fact with no source, hedge or judgement
    The cafe closed.

class: 3 students, 8 of 12 answers right (67%); hardest sentences first
sentence  right    answer       chosen instead      text
       2  1/3      sourced      claim (2)           Officials said so.
       1  2/3      speculation  claim (1)           The pier may open.
       3  2/3      claim        opinion (1)         The cafe closed.
       4  3/3      other        -                   Will the ferry run?
