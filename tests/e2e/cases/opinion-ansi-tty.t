# name: on a terminal, the ansi legend lists the opinion label and the opinion cue category, and the verdict line counts the opinions
# setup: printf 'The welcome was a disgrace. The pier may open.\n' > in
# run: script -qec "\"$FACTLENS\" --color=never -r \"$E2E/rules\" in" /dev/null | tr -d '\r'
# stdout:
factlens: [sourced] [speculation] [opinion] [claim] [other]  cues: _hedge_ _inference_ _opinion_ _attribution_ _vague-source_ _stance_ _booster_ quote _imperative_

[opinion] The welcome was a _disgrace_. [speculation] The pier _may_ open.
  cues: 'disgrace' t.judge; 'may' t.may

in: 1 of 2 sentences speculates; 1 gives the writer's opinion; 0 cite a source; 0 state claims with no source.
