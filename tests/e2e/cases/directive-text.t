# name: plain text: "factlens: off/on/disable/enable" lines (any case, indented) skip passages and turn rules or categories off and on; overlapping off and disable; warnings at LINE:COL for off while off, on without off, unknown rule, already disabled, not disabled, and at the end the unclosed off and disable; "factlens: on the whole" is prose; exit 0
# args: --no-config -r "$E2E/rules" dir.txt
# file: dir.txt
The pier may open.
factlens: off
The pier might close.

Officials said it may.
factlens: off
FACTLENS: ON
The pier may open again.
factlens: on

factlens: disable t.may, bogus
The pier may open. Officials said "no".
  factlens: disable hedge
factlens: off
factlens: enable t.may
Officials said it might.
factlens: on
The pier might close.
factlens: enable attribution
Factlens: on the whole the pier may open.

factlens: disable attribution quote
Officials said "it may".
factlens: enable quote
Officials said "it may".
factlens: off
The end may come.
# stdout:
⟦speculation⟧The pier ⟨t.may:may⟩ open.
factlens: off
The pier might close.

Officials said it may.
factlens: off
FACTLENS: ON
⟦speculation⟧The pier ⟨t.may:may⟩ open again.
factlens: on

factlens: disable t.may, bogus
⟦claim⟧The pier may open. ⟦sourced⟧⟨t.said:Officials said⟩ ⟨t.quote:"no"⟩.
  factlens: disable hedge
factlens: off
factlens: enable t.may
Officials said it might.
factlens: on
⟦speculation⟧The pier ⟨t.may:might⟩ close.
factlens: enable attribution
⟦speculation⟧Factlens: on the whole the pier ⟨t.may:may⟩ open.

factlens: disable attribution quote
⟦speculation⟧Officials said "it ⟨t.may:may⟩".
factlens: enable quote
⟦claim⟧Officials said ⟨t.quote:"it ⟨t.may:may⟩"⟩.
factlens: off
The end may come.
# stderr:
factlens: dir.txt:6:1: warning: 'factlens off' while already off (since 2:1)
factlens: dir.txt:9:1: warning: 'factlens on' without 'factlens off' before it
factlens: dir.txt:11:1: warning: unknown rule or category 'bogus'
factlens: dir.txt:13:3: warning: 'hedge' is already disabled
factlens: dir.txt:19:1: warning: 'attribution' is not disabled here
factlens: dir.txt:26:1: warning: 'factlens off' is never turned back on
factlens: dir.txt:22:1: warning: 'factlens disable attribution' is never enabled again
# check: strip_markers stdout | cmp - dir.txt
