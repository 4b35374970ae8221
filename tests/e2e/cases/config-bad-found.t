# name: config: an error in a .factlens.yml found from a subdirectory names the file found, at LINE:COL, exit 2, nothing annotated
# file: .factlens.yml
format: tsv
only: [claim]
fail-on: [claims=3]
# file: a/b/c.txt
The pier may open.
# run: top=$(pwd -P); cd a/b && factlens c.txt 2> err; echo "status $?"; sed "s|$top/|TOP/|" err >&2
# stdout:
status 2
# stderr:
factlens: TOP/.factlens.yml:3:11: fail-on: unknown label in 'claims=3' (expected sourced, speculation, opinion, claim or other)
