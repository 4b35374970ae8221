# name: --grade refuses, naming the file, answers to another text, bad JSON, unknown labels, a label not offered, duplicates, missing files; the others are still graded; exit 2
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# file: good.json
{"format": "factlens-answers", "version": 1, "student": "Ada", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 3, "label": "claim"}]}
# file: other.json
{"format": "factlens-answers", "version": 1, "student": "Bo", "fingerprint": "fnv1a64:0123456789abcdef", "answers": []}
# file: broken.json
{"format": "factlens-answers",
 "version": 1,
 "student": "Cy" "fingerprint": "FP"}
# file: label.json
{"format": "factlens-answers", "version": 1, "student": "Di", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "fact"}]}
# file: choice.json
{"format": "factlens-answers", "version": 1, "student": "Ed", "fingerprint": "FP", "choices": ["speculation", "claim"],
 "answers": [{"sentence": 1, "label": "sourced"}]}
# file: twice.json
{"format": "factlens-answers", "version": 1, "student": "Flo", "fingerprint": "FP",
 "answers": [{"sentence": 1, "label": "claim"}, {"sentence": 1, "label": "other"}]}
# file: notours.json
{"student": "Gus", "answers": []}
# file: badchoice.json
{"format": "factlens-answers", "version": 1, "student": "Hal", "fingerprint": "FP", "choices": ["maybe"], "answers": []}
# file: words.json
{"format": "factlens-answers", "version": 1, "student": "Ida", "fingerprint": "FP", "mode": "cues",
 "answers": [{"sentence": 1, "label": "claim", "words": [5]}]}
# file: version.json
{"format": "factlens-answers", "version": 2, "student": "Jo", "fingerprint": "FP", "answers": []}
# setup: factlens -r "$E2E/rules" -f worksheet text.txt | sed -n 's/.*data-fp="\([^"]*\)".*/\1/p' > fp && for f in *.json; do sed -i "s/FP/$(cat fp)/" "$f"; done
# args: --grade -r "$E2E/rules" other.json broken.json label.json good.json choice.json twice.json notours.json badchoice.json words.json version.json missing.json text.txt
# status: 2
# stdout:
good.json: Ada: 1 of 1 right (100%)
# stderr:
factlens: other.json: answers to a different text (fingerprint 'fnv1a64:0123456789abcdef'; this text's is 'fnv1a64:0f4391da70a8fabc')
factlens: broken.json:3:30: not valid JSON: '}' expected near '"fingerprint"'
factlens: label.json: answers[0]: unknown label 'fact' (expected sourced, speculation, opinion, claim, other or none)
factlens: choice.json: answers[0]: label 'sourced' was not offered
factlens: twice.json: answers[1]: sentence 1 answered twice
factlens: notours.json: not a factlens answers file (no "format": "factlens-answers")
factlens: badchoice.json: choices[0]: unknown label 'maybe' (expected sourced, speculation, opinion, claim, other or none)
factlens: words.json: answers[0]: words[0] is not a word number of sentence 1 (1 to 4)
factlens: version.json: answers file version is not 1
factlens: missing.json: No such file or directory
