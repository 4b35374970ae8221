# name: the answer key: the worksheet's numbers, each answer's tag, the reason and the cues; with the worksheet's options, the same sentences
# run: factlens -f key -r "$E2E/rules" text.txt && factlens -f key --worksheet=cued --only=speculation,sourced --title Pier -r "$E2E/rules" text.txt > cued
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# check: head -n 1 stdout | grep -q '^<!DOCTYPE html>$' && ! grep -q '<script' stdout
# check: [ "$(grep -o '<li><b>[0-9]*</b> <span class="tag tag-[a-z]*">' stdout | tr '\n' ' ')" = '<li><b>1</b> <span class="tag tag-speculation"> <li><b>2</b> <span class="tag tag-sourced"> <li><b>3</b> <span class="tag tag-claim"> <li><b>4</b> <span class="tag tag-other"> ' ]
# check: grep -q '<div class="k" id="k1"><span class="n">1</span> <span class="tag tag-speculation">speculation</span> The pier <span class="cue c-hedge">may</span> open.<div class="why">speculation: the writer hedges or infers instead of stating.<ul class="cues"><li data-c="0"><q class="cue c-hedge">may</q> <span class="cat">hedge</span> <code>t.may</code>: A modal verb of possibility. <b>(decided the label)</b><span class="cs"></span></li></ul></div></div>' stdout
# check: [ "$(grep -o '<li><b>[0-9]*</b> <span class="tag tag-[a-z]*">' cued | tr '\n' ' ')" = '<li><b>1</b> <span class="tag tag-speculation"> <li><b>2</b> <span class="tag tag-sourced"> ' ]
# check: grep -q '<h1>Answer key: Pier</h1>' cued && grep -q '<p class="k out">The cafe closed.' cued
