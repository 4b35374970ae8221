# name: --grade in cues mode: the deciding cues found and missed, the marked words that are no cue
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# file: bo.json
{"format": "factlens-answers", "version": 1, "student": "Bo", "fingerprint": "FP",
 "mode": "cues", "choices":["sourced","speculation","opinion","claim","other"],
 "answers": [{"sentence": 1, "label": "speculation", "words": [3]},
  {"sentence": 2, "label": "sourced", "words": [3]},
  {"sentence": 3, "label": "claim", "words": [2]}]}
# setup: factlens -r "$E2E/rules" -f worksheet text.txt | sed -n 's/.*data-fp="\([^"]*\)".*/\1/p' > fp && for f in *.json; do sed -i "s/FP/$(cat fp)/" "$f"; done
# args: --grade -r "$E2E/rules" bo.json text.txt
# stdout:
bo.json: Bo: 3 of 3 right (100%); deciding cues found: 1 of 2
  cues missed: sentence 2 'Officials said' (attribution)
  2 marked words are not a cue
