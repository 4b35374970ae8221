# name: text format round trip and valid json on a generated 5 MB file (paragraphs longer than the reader's limit too)
# setup: awk 'BEGIN { s[0] = "The ministry said the talks may resume on May 3rd. "; s[1] = "“We will appeal,” she said. "; s[2] = "Some analysts believe the deal collapsed.\n"; s[3] = "Was the visit a failure? "; s[4] = "A \\ backslash ⟦and⟧ ⟨odd:⟩ marks.\r\n"; s[5] = "- a list item that may matter\n"; s[6] = "\n"; s[7] = "Mr. J. R. Smith, e.g. a 3.5% rise... clearly crumbling. "; n = 0; i = 0; while (n < 5300000) { k = (i * 7 + int(i / 13)) % 8; if ((i % 5000 > 4000 || (n > 1000000 && n < 2600000)) && k == 6) k = 0; printf "%s", s[k]; n += length(s[k]); i++ } }' > big.txt
# run: factlens big.txt > text.out && factlens -f json big.txt
# check: test "$(wc -c < big.txt)" -gt 5000000
# check: strip_markers text.out | cmp - big.txt
# check: json_lines stdout
# check: json_check big.txt stdout
# check: tail -1 stdout | grep -q '"type":"summary","doc":"big.txt"'
