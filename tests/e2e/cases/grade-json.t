# name: --grade -f json: one object per student, one per refused file, then the class
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# file: ada.json
{"format": "factlens-answers", "version": 1, "student": "Ada", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}, {"sentence": 2, "label": "claim"}]}
# file: bo.json
{"format": "factlens-answers", "version": 1, "student": "Bo \"B\"", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}, {"sentence": 2, "label": "sourced"}]}
# file: zed.json
{"format": "factlens-answers", "version": 1, "student": "Zed", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 9, "label": "claim"}]}
# setup: factlens -r "$E2E/rules" -f worksheet text.txt | sed -n 's/.*data-fp="\([^"]*\)".*/\1/p' > fp && for f in *.json; do sed -i "s/FP/$(cat fp)/" "$f"; done
# args: --grade -f json -r "$E2E/rules" ada.json bo.json zed.json text.txt
# status: 2
# stderr:
factlens: zed.json: answers[0]: no sentence 9 in the text (it has 4)
# stdout:
{"type":"student","file":"ada.json","student":"Ada","mode":"labels","sentences":2,"answered":2,"right":1,"percent":50,"answers":{"sourced":{"right":0,"of":1},"speculation":{"right":1,"of":1}},"wrong":[{"sentence":2,"answer":"claim","expected":"sourced","label":"sourced","reason":"the writer reports what a named source said","text":"Officials said so.","cues":[{"text":"Officials said","category":"attribution","rule":"t.said","explain":"A named body said something; the content follows.","decided":true}]}]}
{"type":"student","file":"bo.json","student":"Bo \"B\"","mode":"labels","sentences":2,"answered":2,"right":2,"percent":100,"answers":{"sourced":{"right":1,"of":1},"speculation":{"right":1,"of":1}},"wrong":[]}
{"type":"error","file":"zed.json","message":"answers[0]: no sentence 9 in the text (it has 4)"}
{"type":"class","students":2,"right":3,"of":4,"percent":75,"sentences":[{"sentence":2,"expected":"sourced","label":"sourced","right":1,"of":2,"chosen":{"sourced":1,"claim":1},"text":"Officials said so."},{"sentence":1,"expected":"speculation","label":"speculation","right":2,"of":2,"chosen":{"speculation":2},"text":"The pier may open."}]}
# check: json_lines stdout
