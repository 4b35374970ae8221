# name: an unknown format: the message with the formats and a hint, GNU style, exit 2
# args: -f yaml
# stderr-match: ^factlens: unknown format 'yaml' \(expected text, ansi, json, [a-z, ]+ or [a-z]+\)$
# stderr-match: ^Try 'factlens --help'\.$
# check: test "$(wc -l <stderr)" -eq 2
# status: 2
# check: test ! -s stdout
