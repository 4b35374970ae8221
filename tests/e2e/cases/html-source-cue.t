# name: html: a hedge in what a source says has its own class and a tooltip that names the source and says why the sentence stays sourced; the writer's hedge does not; a hedge in a quotation names the speaker's attribution, and where the sentence is not sourced the tooltip gives its label
# args: --no-config -r "$E2E/rules" -f html -
# stdin:
Officials said the pier may open. The pier may open. "It might rain," the board said.
"It may rain," The board said.
# stdout-match: <mark class="cue c-hedge theirs" tabindex="0" data-rule="t.may" data-tip="[^"]*&#10;The source's hedge, not the writer's: it is in what ‘Officials said’ reports, so the sentence is still sourced.">may</mark> open.</span>
# stdout-match: <span class="tag tag-speculation">speculation</span>The pier <mark class="cue c-hedge" tabindex="0" data-rule="t.may" data-tip="hedge · t.may: A modal verb of possibility.">may</mark>
# stdout-match: <mark class="cue c-hedge theirs" tabindex="0" data-rule="t.may" data-tip="[^"]*&#10;The speaker's hedge, not the writer's: it is inside a quotation, so it does not count against the writer: the sentence is labelled claim \(stated as fact with no source, hedge or judgement\)\.&#10;&#10;quote · t.quote: Straight quotation marks.">might</mark>
# stdout-match: <mark class="cue c-hedge theirs" tabindex="0" data-rule="t.may" data-tip="[^"]*&#10;The speaker's hedge, not the writer's: it is inside a quotation that ‘The board said’ reports, so the sentence is still sourced.&#10;&#10;quote · t.quote: Straight quotation marks.">may</mark>
# stdout-match: <li><mark class="cue c-hedge theirs">[^<]*</mark>: a hedge in what a source says
