# name: --list-rules prints id, category and explanation, in load order
# args: --list-rules --rules "$E2E/rules"
# stdout:
t.may	hedge	A modal verb of possibility.
t.said	attribution	A named body said something; the content follows.
t.quote	quote	Straight quotation marks.
t.judge	opinion	A word that grades by values, not one a witness could check.
t.should	opinion	A recommendation in the writer's voice.
t.hoped	stance	A hope or a fear credited to someone else.
