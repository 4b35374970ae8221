# name: --color=always colours (the sentence and its cue line) even with NO_COLOR and TERM=dumb; --color=never and auto in a pipe do not
# run: printf 'It may rain.\n' > in; NO_COLOR=1 TERM=dumb factlens --color=always in | grep -c "$(printf '\033')"; factlens -f ansi --color=never in | grep -c "$(printf '\033')"; factlens -f ansi in | grep -c "$(printf '\033')"; factlens --color=sometimes in; echo "status $?"
# stdout:
2
0
0
status 2
# stderr-match: ^factlens: --color: expected auto, always or never, not 'sometimes'$
