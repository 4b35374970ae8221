# name: config: the command line overrides it: -f, -o and --fail-on replace the config's format, only and fail-on; --enable and --disable apply after its disable and enable
# file: .factlens.yml
format: tsv
only: [speculation, sourced]
fail-on: [speculation]
disable: [t.said]
enable: []
# file: a.txt
The pier may open. Officials said so. It rained.
# run: for opts in "" "-f json" "-o claim" "--fail-on claim=2" "--fail-on claim" "--enable t.said" "--enable attribution -o sourced" "--disable hedge -o claim" "-f diag -o claim --fail-on sourced"; do echo "== $opts"; factlens -r "$E2E/rules" $opts a.txt; echo "status $?"; done
# stdout:
== 
speculation	1	1	t.may	The pier may open.
status 1
== -f json
{"type":"sentence","doc":"a.txt","index":0,"start":0,"end":18,"line":1,"col":1,"label":"speculation","text":"The pier may open.","cues":[{"rule":"t.may","category":"hedge","start":9,"end":12,"text":"may"}]}
{"type":"summary","doc":"a.txt","sentences":3,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":2,"other":0}}
status 1
== -o claim
claim	1	20	-	Officials said so.
claim	1	39	-	It rained.
status 1
== --fail-on claim=2
speculation	1	1	t.may	The pier may open.
status 0
== --fail-on claim
speculation	1	1	t.may	The pier may open.
status 1
== --enable t.said
speculation	1	1	t.may	The pier may open.
sourced	1	20	t.said	Officials said so.
status 1
== --enable attribution -o sourced
sourced	1	20	t.said	Officials said so.
status 1
== --disable hedge -o claim
claim	1	1	-	The pier may open.
claim	1	20	-	Officials said so.
claim	1	39	-	It rained.
status 0
== -f diag -o claim --fail-on sourced
a.txt:1:20: claim: stated as fact with no source, hedge or judgement
a.txt:1:39: claim: stated as fact with no source, hedge or judgement
status 0
