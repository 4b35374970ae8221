# name: --worksheet=cues alone makes a worksheet whose words are spans, the deciding cue's words marked
# args: --worksheet=cues -r "$E2E/rules" -
# stdin:
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# check: grep -q 'data-mode="cues"' stdout
# check: grep -q '<span class="tx" id="x1"><span class="w">The</span> <span class="w">pier</span> <span class="w" data-c="0"><span class="cue c-hedge">may</span></span> <span class="w">open.</span></span>' stdout
# check: grep -q 'data-n="2" data-a="sourced" data-why="0"' stdout && ! grep -q 'data-n="3" data-a="claim" data-why' stdout
