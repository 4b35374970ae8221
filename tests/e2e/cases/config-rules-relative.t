# name: config: "rules" adds rule files and directories named relative to the config file, whatever the current directory; -r replaces only the built-in rules
# file: docs/.factlens.yml
rules: [house/words.yml, more]
format: tsv
# file: docs/house/words.yml
category: booster
rules:
  - id: x.surely
    explain: A word that insists.
    words: [surely]
    examples:
      match: ["It surely works."]
# file: docs/more/vague.yml
category: vague-source
rules:
  - id: x.rumour
    explain: Hearsay.
    words: [rumour has it]
    examples:
      match: ["Rumour has it the pier may open."]
# file: docs/a/b/story.txt
Rumour has it the pier surely may open.
# run: cd docs/a/b && factlens -r "$E2E/rules" story.txt && cd .. && factlens -r "$E2E/rules" b/story.txt
# stdout:
speculation	1	1	x.rumour,x.surely,t.may	Rumour has it the pier surely may open.
speculation	1	1	x.rumour,x.surely,t.may	Rumour has it the pier surely may open.
