# name: the README's CI recipe: bash with globstar, factlens --format=diag --fail-on speculation=20% docs/**/*.md fails (exit 1) with positioned findings when a file speculates too much, and passes (exit 0) once it does not
# file: docs/intro.md
# Intro

The pier opened in June. The board met on Monday.
# file: docs/guide/deep/care.md
The pier may open. The dock may close.

```
code that may be ignored
```
# file: docs/guide/ok.md
The pier opened. Officials said it opened.
# file: notes.txt
This file is outside docs and may be ignored.
# run: bash -c 'shopt -s globstar; "$0" --no-config -r "$1" --format=diag --fail-on speculation=20% docs/**/*.md; echo "status $?"; printf "The pier opened.\n" > docs/guide/deep/care.md; "$0" --no-config -r "$1" --format=diag --fail-on speculation=20% docs/**/*.md; echo "status $?"' "$FACTLENS" "$E2E/rules"
# stdout:
docs/guide/deep/care.md:1:10: speculation: the writer hedges or infers instead of stating: 'may' [t.may]
docs/guide/deep/care.md:1:29: speculation: the writer hedges or infers instead of stating: 'may' [t.may]
status 1
status 0
# stderr:
factlens: speculation in 2 of 7 sentences (28.6%) is over the limit of 20% (--fail-on speculation=20%)
