# name: markdown and html input are read whole: --jobs 2 gives byte for byte the output of one thread, in every format, over many paragraphs, lists and code blocks
# setup: python3 -c "import sys; sys.stdout.write(''.join('## Part %d may\n\nThe pier may open. Officials said \"it might\". Run \x60may\x60 now.\n\n- item may go\n  > quote might\n\n\x60\x60\x60\nmay\n\x60\x60\x60\n\n' % i for i in range(3000)))" > big.md; python3 -c "import sys; sys.stdout.write('<ul>' + ''.join('<li>Item %d may go. <b>Officials said</b> it might.</li><pre>may</pre>\n' % i for i in range(3000)) + '</ul>\n')" > big.html
# run: for f in text json tsv ansi diag critic summary html; do for i in big.md big.html; do factlens --no-config -r "$E2E/rules" -f $f $i > one || exit 1; factlens --no-config -r "$E2E/rules" -j 2 -f $f $i > two || exit 1; cmp -s one two || echo "differs: $f $i"; done; done; echo done
# stdout:
done
# check: factlens --no-config -r "$E2E/rules" -f summary big.md big.html > s && grep -q '^big.md: 18000 sentences' s && grep -q 't.may (15000), t.said (3000), t.quote (3000)$' s && grep -q '^big.html: 6000 sentences' s && grep -q 't.may (6000), t.said (3000)$' s
