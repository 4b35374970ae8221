# name: --label NAME names standard input in the output and picks its input type as a file name would (config globs, then extension); --input still overrides it
# file: .factlens.yml
input:
  "notes/*.txt": markdown
# file: in.md
# The pier may open

Run `may` now. It might.
# run: factlens -r "$E2E/rules" -f diag -o speculation,other --label docs/x.md < in.md && factlens -r "$E2E/rules" -f diag -o speculation,other --label x.txt < in.md && factlens -r "$E2E/rules" -f diag -o speculation,other --label notes/n.txt < in.md && factlens -r "$E2E/rules" -f diag -o speculation,other --label x.md --input=text < in.md
# stdout:
docs/x.md:1:3: other: a heading or label, not a full sentence
docs/x.md:3:19: speculation: the writer hedges or infers instead of stating: 'might' [t.may]
x.txt:1:1: other: a heading or label, not a full sentence
x.txt:3:6: speculation: the writer hedges or infers instead of stating: 'may' [t.may]
x.txt:3:19: speculation: the writer hedges or infers instead of stating: 'might' [t.may]
notes/n.txt:1:3: other: a heading or label, not a full sentence
notes/n.txt:3:19: speculation: the writer hedges or infers instead of stating: 'might' [t.may]
x.md:1:1: other: a heading or label, not a full sentence
x.md:3:6: speculation: the writer hedges or infers instead of stating: 'may' [t.may]
x.md:3:19: speculation: the writer hedges or infers instead of stating: 'might' [t.may]
