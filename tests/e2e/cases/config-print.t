# name: config: --print-config prints the effective settings as YAML, each with its origin (FILE:LINE:COL, "command line" or "default"), exits 0 without reading input; command-line options replace or follow the config's (the "# config:" line is shown as "#> " here, as a section cannot hold it)
# file: team.yml
# team settings
format: diag
only: [speculation, vague-source]
fail-on:
  - speculation=20%
  - claim=5
disable: [quote]
enable: [t.may]
input:
  "*.mdx": markdown
  "site/**/*.page": html
# file: sub/dir/x.txt
The pier may open.
# run: factlens --config team.yml -r "$E2E/rules" --print-config | sed "s|$E2E|E2E|; s/^# /#> /" && echo "== overridden" && factlens --config team.yml -r "$E2E/rules" -f json -o claim --fail-on other --fail-on claim=10% --disable hedge --enable quote --input html --print-config | sed "s|$E2E|E2E|; s/^# /#> /" && echo "== found from sub/dir" && cp team.yml .factlens.yml && top=$(pwd -P) && cd sub/dir && factlens -r "$E2E/rules" --print-config < /dev/null | sed "s|$top/|TOP/|; s/^# /#> /" | head -n 3
# stdout:
#> config: team.yml (--config)
format: diag	# team.yml:2:9
only:
  - speculation	# team.yml:3:8
  - vague-source	# team.yml:3:21
fail-on:
  - speculation=20%	# team.yml:5:5
  - claim=5	# team.yml:6:5
rules:
  - E2E/rules	# command line
rule control:
  - disable quote	# team.yml:7:11
  - enable t.may	# team.yml:8:10
input:
  "*.mdx": markdown	# team.yml:10:3
  "site/**/*.page": html	# team.yml:11:3
  "*.md": markdown	# default
  "*.markdown": markdown	# default
  "*.html": html	# default
  "*.htm": html	# default
  "*.jsonl": jsonl	# default
  "*.ndjson": jsonl	# default
  "*": text	# default (and standard input)
== overridden
#> config: team.yml (--config)
format: json	# command line
only: [claim]	# command line
fail-on:
  - other	# command line
  - claim=10%	# command line
rules:
  - E2E/rules	# command line
rule control:
  - disable quote	# team.yml:7:11
  - enable t.may	# team.yml:8:10
  - disable hedge	# command line
  - enable quote	# command line
input:
  "*": html	# command line
  "*.mdx": markdown	# team.yml:10:3
  "site/**/*.page": html	# team.yml:11:3
  "*.md": markdown	# default
  "*.markdown": markdown	# default
  "*.html": html	# default
  "*.htm": html	# default
  "*.jsonl": jsonl	# default
  "*.ndjson": jsonl	# default
  "*": text	# default (and standard input)
== found from sub/dir
#> config: TOP/.factlens.yml
format: diag	# TOP/.factlens.yml:2:9
only:
