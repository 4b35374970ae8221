# name: html: removing the text format's markers gives back the file byte for byte and json offsets agree with the file, for every fixture of tests/markup/html and a tricky file (backslashes, marker characters, CRLF, no final newline, an unclosed comment), with built-in and test rules
# setup: printf '<p>A \\ back\\\\slash \342\237\246claim\342\237\247 and \342\237\250x.y:z\342\237\251 may\r\nconfuse.</p>\r\n<ul><li>Officials said &quot;it \\ might&quot;.<li>Item \342\237\251 may\r\n</ul><p>The end may come<!-- unclosed might' > tricky.html
# run: n=0; for f in "$E2E"/../markup/html/*.html tricky.html; do n=$((n + 1)); for r in "" "-r $E2E/rules"; do factlens --no-config $r "$f" > out 2>>warnings || { echo "status $f"; continue; }; strip_markers out | cmp -s - "$f" || echo "round trip: $f $r"; factlens --no-config $r -f json "$f" > j 2>>warnings && json_check "$f" j || echo "json: $f $r"; done; done; test $n -ge 2 && echo done
# stdout:
done
# check: factlens --no-config -r "$E2E/rules" tricky.html | grep -q '^<ul><li>⟦sourced⟧⟨t.said:Officials said⟩ ⟨t.quote:&quot;it \\\\ ⟨t.may:might⟩&quot;⟩\.<li>⟦other⟧Item \\⟩ ⟨t.may:may⟩'
