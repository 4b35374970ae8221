# name: --fail-on opinion=N%|N: 2 opinions in 8 sentences (25%) pass at 25% and fail at 24%; a count of 2 passes, of 1 fails
# setup: cp "$E2E/inputs/opinion.txt" stdin
# run: for t in opinion=25% opinion=24% opinion=2 opinion=1; do factlens -f tsv --fail-on=$t -r "$E2E/rules" stdin >/dev/null; echo "$t $?"; done
# stdout:
opinion=25% 0
opinion=24% 1
opinion=2 0
opinion=1 1
# stderr:
factlens: opinion in 2 of 8 sentences (25.0%) is over the limit of 24% (--fail-on opinion=24%)
factlens: opinion in 2 of 8 sentences (25.0%) is over the limit of 1 (--fail-on opinion=1)
