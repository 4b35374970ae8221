# name: diag reports a stance cue among its default findings, in a claim as in a hedged sentence
# args: --no-config -r "$E2E/rules" -f diag -
# stdin:
The board hoped the pier may open. The board feared a storm.
The mayor met the board.
# stdout:
-:1:11: claim: stance 'hoped': A hope or a fear credited to someone else. [t.hoped]
-:1:46: claim: stance 'feared': A hope or a fear credited to someone else. [t.hoped]
