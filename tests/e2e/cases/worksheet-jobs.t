# name: -j does not change the worksheet or the key (they collect the document on one thread)
# run: for f in worksheet key; do factlens -f $f -r "$E2E/rules" text.txt > $f.1 && factlens -j 4 -f $f -r "$E2E/rules" text.txt > $f.4 && cmp $f.1 $f.4 || exit 1; done
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# check: grep -q 'data-n="4"' worksheet.4 && grep -q 'id="k4"' key.4
