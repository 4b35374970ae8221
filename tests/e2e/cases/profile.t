# name: FACTLENS_PROFILE reports time by rule on standard error (the rules that ran, with their sentences and calls) and leaves the output as it was
# setup: for i in 1 2 3 4 5 6 7 8; do cat text; done > big
# file: text
The council said on Tuesday that the bridge may reopen in spring.
Nobody expected the ferry to be late again.
# run: factlens --format=json big > plain.json && FACTLENS_PROFILE=1 factlens --format=json big > prof.json 2> report && cmp plain.json prof.json && head -1 report | sed 's/[0-9.]* MB/N MB/; s/matching.*/matching/' && grep -c '^attribution.said ' report && awk '$1 == "attribution.said" { print $5, $7 }' report
# stdout:
profile: N MB of sentences, 16 sentences; matching
1
8 8
