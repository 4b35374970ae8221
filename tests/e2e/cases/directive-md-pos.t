# name: markdown: a warning about a directive in an HTML block gives that directive's own LINE:COL, also when other comments or directives stand between it and the prose before it
# args: --no-config -r "$E2E/rules" pos.md
# file: pos.md
The pier may open.

<!-- factlens on -->

<!-- an ordinary comment -->
<!-- factlens on -->

<!-- factlens disable quote -->
<!-- factlens disable nothing-here -->
# stdout:
⟦speculation⟧The pier ⟨t.may:may⟩ open.

<!-- factlens on -->

<!-- an ordinary comment -->
<!-- factlens on -->

<!-- factlens disable quote -->
<!-- factlens disable nothing-here -->
# stderr:
factlens: pos.md:3:6: warning: 'factlens on' without 'factlens off' before it
factlens: pos.md:6:6: warning: 'factlens on' without 'factlens off' before it
factlens: pos.md:9:6: warning: unknown rule or category 'nothing-here'
factlens: pos.md:8:6: warning: 'factlens disable quote' is never enabled again
