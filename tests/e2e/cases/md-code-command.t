# name: markdown and html: an imperative whose object is inline code ("Use `may_be()` to check.") is a command, other, and no cue is found inside the code (built-in rules)
# run: factlens --no-config -f tsv doc.md; factlens --no-config -f tsv doc.html
# file: doc.md
Use `may_be()` to check.

Check `retries` before you run it.
# file: doc.html
<p>Use <code>may_be()</code> to check.</p>
# stdout:
other	1	1	imperative.verb	Use `may_be()` to check.
other	3	1	imperative.verb	Check `retries` before you run it.
other	1	4	imperative.verb	Use <code>may_be()</code> to check.
