# name: one sentence, one student, one answer: the key and the class reports say "1 sentence", "1 student", "1 answer", not "1 sentences"
# file: text.txt
The pier may open.
# file: ada.json
{"format": "factlens-answers", "version": 1, "student": "Ada", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}]}
# setup: factlens -r "$E2E/rules" -f worksheet text.txt | sed -n 's/.*data-fp="\([^"]*\)".*/\1/p' > fp && sed -i "s/FP/$(cat fp)/" ada.json
# run: factlens -r "$E2E/rules" -f key text.txt | grep -o '1 sentence[s]*, 1 in the exercise'; factlens -r "$E2E/rules" --grade -f html ada.json text.txt | grep -o '1 student[s]* graded, 1 of 1 answer[s]* right'
# stdout:
1 sentence, 1 in the exercise
1 student graded, 1 of 1 answer right
