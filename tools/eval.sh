#!/bin/sh
# eval.sh BINARY SHARED: score factlens on the labelled development data in
# SHARED/data with SHARED/tools/score.py, and print one line per data set.
set -eu
bin=$1
shared=$2
score="python3 $shared/tools/score.py"
data=$shared/data

run() {
	name=$1
	shift
	printf '%-34s ' "$name"
	"$@" | tail -n 1
}

run "dev-gold (macro-F1, 5 labels)" $score gold "$bin" "$data/dev-gold"
run "dev-gold wrapped" $score gold "$bin" "$data/dev-gold/wrapped"
run "CoNLL-2010 wiki (uncertain)" $score binary "$bin" \
	"$data/conll2010-wiki-train.tsv"
run "CoNLL-2010 bio (uncertain)" $score binary "$bin" \
	"$data/conll2010-bio-train.tsv"
run "PolNeAR (attribution)" $score binary "$bin" \
	"$data/polnear-train.tsv" attribution sourced,attribution,vague-source
echo "== aligned.py: the annotated sets, by the guide's definitions"
python3 "$shared/tools/aligned.py" "$bin" "$data"
echo "== the same, on two halves (alternating blocks of 500 lines)"
sh "$(dirname "$0")/split-eval.sh" "$bin" "$shared"
