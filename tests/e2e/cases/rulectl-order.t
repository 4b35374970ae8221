# name: --disable and --enable apply in order: a category off then one of its rules on leaves that rule on; the other way round leaves it off; a rule off then its category on turns it back on
# file: a.txt
The pier may open. Officials said "no".
# run: for opts in "" "--disable hedge" "--disable hedge --enable t.may" "--enable t.may --disable hedge" "--disable t.may --enable hedge" "--disable t.said --disable t.quote --enable quote" "--disable attribution --disable quote --disable hedge"; do echo "== $opts"; factlens --no-config -r "$E2E/rules" -f tsv $opts a.txt || echo "status $?"; done
# stdout:
== 
speculation	1	1	t.may	The pier may open.
sourced	1	20	t.said,t.quote	Officials said "no".
== --disable hedge
claim	1	1	-	The pier may open.
sourced	1	20	t.said,t.quote	Officials said "no".
== --disable hedge --enable t.may
speculation	1	1	t.may	The pier may open.
sourced	1	20	t.said,t.quote	Officials said "no".
== --enable t.may --disable hedge
claim	1	1	-	The pier may open.
sourced	1	20	t.said,t.quote	Officials said "no".
== --disable t.may --enable hedge
speculation	1	1	t.may	The pier may open.
sourced	1	20	t.said,t.quote	Officials said "no".
== --disable t.said --disable t.quote --enable quote
speculation	1	1	t.may	The pier may open.
claim	1	20	t.quote	Officials said "no".
== --disable attribution --disable quote --disable hedge
claim	1	1	-	The pier may open.
claim	1	20	-	Officials said "no".
