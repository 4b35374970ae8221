# name: --only with an unknown label is a usage error: one message that lists the labels and categories, and a hint instead of the usage block
# args: --only=claim,rumour
# stderr-match: ^factlens: --only: 'rumour' is not a label or category \(labels: sourced, speculation, [a-z, ]+; categories: hedge, [a-z, -]+\)$
# stderr-match: ^Try 'factlens --help'\.$
# check: test "$(wc -l <stderr)" -eq 2
# status: 2
# check: test ! -s stdout
