# name: html: two cues on the same words nest, the inner one is underlined lower than the outer, and its tooltip (the one a reader sees there) explains both
# args: --no-config -r part.yml -a infer.yml -f html -
# file: part.yml
category: attribution
rules:
  - id: x.part
    explain: A participle that reports.
    words: [suggesting]
    scope: after
    examples: {match: ["It rose, suggesting a rise."]}
# file: infer.yml
category: inference
rules:
  - id: x.infer
    explain: An inference.
    words: [suggesting]
    examples: {match: ["It rose, suggesting a rise."]}
# stdin:
The data, suggesting a rise, was clear.
# stdout-match: <mark class="cue c-attribution" tabindex="0" data-rule="x.part" data-tip="attribution · x.part: A participle that reports."><mark class="cue c-inference theirs" tabindex="0" data-rule="x.infer" data-tip="inference · x.infer: An inference.&#10;The source's inference, not the writer's: it is in what ‘suggesting’ reports, so the sentence is still sourced.&#10;&#10;attribution · x.part: A participle that reports.">suggesting</mark></mark>
# stdout-match: \.cue \.cue\{text-underline-offset:[.0-9]+em\}
# stdout-match: \.cue:hover:has\(\.cue:hover\)::after\{display:none\}
## The inference on the attribution's own verb is the source's (LABELS.md rule 14).
