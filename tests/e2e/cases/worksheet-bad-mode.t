# name: an unknown --worksheet mode is a usage error
# args: --worksheet=cues,hard -
# status: 2
# stderr-match: ^factlens: --worksheet: unknown mode in 'cues,hard' \(expected labels, cues or cued\)$
# stdout:
