# name: --disable or --enable with a name that is neither a rule id nor a category is an error naming the option, exit 2, nothing annotated; a comma list is not split
# file: a.txt
The pier may open.
# run: factlens --no-config -r "$E2E/rules" --disable t.nope a.txt; echo "status $?"; factlens --no-config -r "$E2E/rules" --disable hedge --enable hedges a.txt; echo "status $?"; factlens --no-config -r "$E2E/rules" --disable hedge,quote a.txt; echo "status $?"; factlens --no-config --disable t.may a.txt; echo "status $?"
# stdout:
status 2
status 2
status 2
status 2
# stderr:
factlens: --disable: unknown rule or category 't.nope'
factlens: --enable: unknown rule or category 'hedges'
factlens: --disable: unknown rule or category 'hedge,quote'
factlens: --disable: unknown rule or category 't.may'
