# name: random bytes: text round trip, valid json, tsv one line a sentence
# setup: head -c 300000 /dev/urandom > rand.bin; awk 'BEGIN { srand(7); for (i = 0; i < 20000; i++) { r = int(rand() * 12); printf "%s", (r < 3 ? "may " : r < 5 ? ". " : r < 6 ? "\n" : r < 7 ? "\\" : r < 8 ? "⟦" : r < 9 ? "⟩" : r < 10 ? "\"" : r < 11 ? "Officials said " : "Word ") } }' >> rand.bin
# run: factlens rand.bin > text.out && factlens -f json rand.bin > json.out && factlens -f tsv rand.bin
# check: strip_markers text.out | cmp - rand.bin
# check: json_lines json.out
# check: json_check rand.bin json.out
# check: test "$(wc -l < stdout)" -eq "$(grep -c '"type":"sentence"' json.out)"
# check: awk -F '\t' 'NF < 5 || $1 !~ /^(sourced|speculation|opinion|claim|other)$/ { exit 1 }' stdout
