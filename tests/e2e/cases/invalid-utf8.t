# name: invalid UTF-8 and NUL bytes: json stays valid UTF-8 JSON, U+FFFD stands in, text format round trip
# setup: printf 'Bad \377\376 bytes may pass.\000 A NUL \000 byte.\n\nTruncated \342\202 and \355\240\200 here.\n\300\257 may.\n' > stdin
# run: factlens -f json && factlens < stdin > text.out && factlens -f tsv < stdin > tsv.out
# check: json_lines stdout
# check: json_check stdin stdout
# check: grep -q '"text":"Bad �� bytes may pass.\\u0000 A NUL \\u0000 byte."' stdout
# check: grep -q '"text":"Truncated � and ��� here.\\n�� may."' stdout
# check: grep -q 'NUL \\u0000 byte' stdout
# check: strip_markers text.out | cmp - stdin
# check: test "$(wc -l < tsv.out)" -eq "$(grep -c '"type":"sentence"' stdout)"
