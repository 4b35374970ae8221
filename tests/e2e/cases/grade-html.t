# name: --grade -f html: the class report as one standalone page, hardest sentence first, refused files listed
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# file: ada.json
{"format": "factlens-answers", "version": 1, "student": "Ada <A>", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}, {"sentence": 2, "label": "claim"}]}
# file: bo.json
{"format": "factlens-answers", "version": 1, "student": "Bo", "fingerprint": "FP", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation"}, {"sentence": 2, "label": "other"}]}
# file: old.json
{"format": "factlens-answers", "version": 1, "student": "Old", "fingerprint": "fnv1a64:0123456789abcdef", "answers": []}
# setup: factlens -r "$E2E/rules" -f worksheet text.txt | sed -n 's/.*data-fp="\([^"]*\)".*/\1/p' > fp && for f in *.json; do sed -i "s/FP/$(cat fp)/" "$f"; done
# args: --grade -f html --title 'Pier quiz' -r "$E2E/rules" ada.json bo.json old.json text.txt
# status: 2
# stderr-match: ^factlens: old.json: answers to a different text
# check: head -n 1 stdout | grep -q '^<!DOCTYPE html>$' && ! grep -q '<script' stdout && grep -q '<h1>Class report: Pier quiz</h1>' stdout
# check: grep -q '<td>Ada &lt;A&gt;</td><td><code>ada.json</code></td><td class="r">1 of 2</td>' stdout
# check: [ "$(grep -o '<tr><td class="r">[0-9]*</td>' stdout | tr '\n' ' ')" = '<tr><td class="r">2</td> <tr><td class="r">1</td> ' ]
# check: grep -q '<li><code>old.json</code>: answers to a different text' stdout
