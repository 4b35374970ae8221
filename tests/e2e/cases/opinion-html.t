# name: html: opinion sentences get their own class and tag, the legend and the chart name the label and the cue category, the verdict counts the opinions; a judgement in a report or a quotation is the source's and no cue
# setup: cp "$E2E/inputs/opinion.txt" stdin
# args: --format=html -r "$E2E/rules" -
# check: grep -q '<span class="s s-opinion" title="opinion: the writer judges or recommends in their own voice"><span class="tag tag-opinion">opinion</span>The welcome was a <mark class="cue c-opinion" tabindex="0" data-rule="t.judge"' stdout
# check: grep -q '<li><span class="tag tag-opinion">opinion</span> the writer judges or recommends</li>' stdout
# check: grep -q '<li><mark class="cue c-opinion">opinion</mark>: a judgement or recommendation</li>' stdout
# check: grep -q 'aria-label="sourced 1, speculation 1, opinion 2, claim 2, other 2"' stdout
# check: grep -q '^\.tag-opinion,\.k-opinion{background:#9a4400}' stdout
# check: grep -q '2 give the writer'"'"'s opinion' stdout
# check: test "$(grep -o 'c-opinion" tabindex' stdout | wc -l)" -eq 4
# check: test "$(grep -o 'c-opinion theirs' stdout | wc -l)" -eq 0
