# name: the prefilter, anchored matching, the build's snapshot of the built-in rules, the rewriting of patterns and matching sentences in batches never change a result: the built-in rules with and without the prefilter (FACTLENS_NO_PREFILTER), the snapshot (FACTLENS_NO_SNAPSHOT) and the rewriting (FACTLENS_NO_REOPT), on one thread and two, give the same JSON and text, on text full of cue words, look-alikes, a Kelvin sign and a long s
# setup: for i in 1 2 3 4 5 6 7 8 9 10; do cat text; done > big
# file: text
The ministry said on Monday that the talks may resume, according to Reuters.
Some analysts believe the deal could collapse; others said it was clearly over.
“We will appeal,” she said. “It may take months,” added Dr. J. R. Smith.
Officials had stated that the plan was reportedly delayed, suggesting that costs rose.
The so-called reform, she argued, was unlikely to pass. Prices are expected to rise.
He could not attend the summit on May 16th. The military might of the empire grew.
A report by the Harbour Authority found that 40 ships were late. Was it the weather?
Critics argue that the unnamed sources said nothing. It is believed the ferry sank.
The mayor continued: “We will not close the library.” Lopes: “No comment.”
The KELVIN sign: 5 K and the long s in ſaid and ſources ſay it may fail.
- Talk to your doctor before the trip.
- Capacity could double by 2029.
# run: for o in "--format=json" "--format=text" "--format=json --jobs 2"; do factlens $o big > with.out && FACTLENS_NO_PREFILTER=1 factlens $o big > a.out && FACTLENS_NO_SNAPSHOT=1 factlens $o big > b.out && FACTLENS_NO_REOPT=1 factlens $o big > c.out && cmp with.out a.out && cmp with.out b.out && cmp with.out c.out && echo same; done
# stdout:
same
same
same
