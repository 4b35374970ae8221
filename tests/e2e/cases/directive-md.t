# name: markdown: <!-- factlens off/on/disable/enable --> comments (HTML blocks, inline, in a quote, in a list item) skip passages and turn rules or categories off and on, overlapping; the plain-text form and comments in code are not directives; exact warnings with LINE:COL of the word factlens; exit 0
# args: --no-config -r "$E2E/rules" dir.md
# file: dir.md
The pier may open.

<!-- factlens off -->

The pier might close.

<!-- factlens off -->

Officials said it may.

<!-- factlens on -->

The pier may open again.

<!-- factlens on -->

A paragraph.

<!-- factlens disable t.may, bogus -->

The pier may open. Officials said "no".

> <!-- factlens disable hedge -->
> The quote may wait.

- An item may go. <!-- factlens off -->

- Hidden item might go.
  <!--factlens enable t.may-->

Officials said it might.

<!-- factlens on -->

The pier might close.

<!-- factlens enable attribution -->

<!-- factlens on the whole the pier may open -->

```
<!-- factlens off -->
```

factlens: off

The plain-text form is prose here, it may be.

<!-- factlens disable attribution, quote -->

Officials said "it may".

<!-- factlens enable quote -->

Officials said "it may".

<!-- factlens off -->

The end may come.
# stdout:
⟦speculation⟧The pier ⟨t.may:may⟩ open.

<!-- factlens off -->

The pier might close.

<!-- factlens off -->

Officials said it may.

<!-- factlens on -->

⟦speculation⟧The pier ⟨t.may:may⟩ open again.

<!-- factlens on -->

⟦claim⟧A paragraph.

<!-- factlens disable t.may, bogus -->

⟦claim⟧The pier may open. ⟦sourced⟧⟨t.said:Officials said⟩ ⟨t.quote:"no"⟩.

> <!-- factlens disable hedge -->
> ⟦claim⟧The quote may wait.

- ⟦claim⟧An item may go. <!-- factlens off -->

- Hidden item might go.
  <!--factlens enable t.may-->

Officials said it might.

<!-- factlens on -->

⟦speculation⟧The pier ⟨t.may:might⟩ close.

<!-- factlens enable attribution -->

<!-- factlens on the whole the pier may open -->

```
<!-- factlens off -->
```

⟦other⟧factlens: off

⟦speculation⟧The plain-text form is prose here, it ⟨t.may:may⟩ be.

<!-- factlens disable attribution, quote -->

⟦speculation⟧Officials said "it ⟨t.may:may⟩".

<!-- factlens enable quote -->

⟦claim⟧Officials said ⟨t.quote:"it ⟨t.may:may⟩"⟩.

<!-- factlens off -->

The end may come.
# stderr:
factlens: dir.md:7:6: warning: 'factlens off' while already off (since 3:6)
factlens: dir.md:15:6: warning: 'factlens on' without 'factlens off' before it
factlens: dir.md:19:6: warning: unknown rule or category 'bogus'
factlens: dir.md:23:8: warning: 'hedge' is already disabled
factlens: dir.md:37:6: warning: 'attribution' is not disabled here
factlens: dir.md:57:6: warning: 'factlens off' is never turned back on
factlens: dir.md:49:6: warning: 'factlens disable attribution' is never enabled again
# check: strip_markers stdout | cmp - dir.md
