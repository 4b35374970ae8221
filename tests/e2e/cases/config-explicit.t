# name: config: --config FILE is read instead of the .factlens.yml found from the current directory, and its rules path is relative to FILE's directory
# file: .factlens.yml
format: json
# file: conf/team.yml
format: tsv
rules: extra.yml
# file: conf/extra.yml
category: booster
rules:
  - id: x.surely
    explain: A word that insists.
    words: [surely]
    examples:
      match: ["It surely works."]
# file: a.txt
The pier surely may open.
# args: --config conf/team.yml -r "$E2E/rules" a.txt
# stdout:
speculation	1	1	x.surely,t.may	The pier surely may open.
