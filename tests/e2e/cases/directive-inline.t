# name: markdown and html: directives inside a paragraph take effect where they stand: the words between "off" and "on", or after "disable t.may", are not marked, the words around them are (labels of the cut sentence are not checked here)
# run: factlens --no-config -r "$E2E/rules" in.md > md.out && factlens --no-config -r "$E2E/rules" in.html > html.out && cat md.out html.out
# file: in.md
The pier may open <!-- factlens off --> and might <!-- factlens on --> close, it may.

Officials said <!-- factlens disable t.may --> it might. It may.
<!-- factlens enable t.may -->
# file: in.html
<p>The pier may open <!-- factlens off --> and might <!-- factlens on --> close, it may.</p>
<p>Officials said <!-- factlens disable t.may --> it might. It may.</p>
<!-- factlens enable t.may -->
# check: grep -q 'The pier ⟨t.may:may⟩ open <!-- factlens off --> and might <!-- factlens on --> .*close, it ⟨t.may:may⟩\.' md.out
# check: grep -q 'The pier ⟨t.may:may⟩ open <!-- factlens off --> and might <!-- factlens on --> .*close, it ⟨t.may:may⟩\.' html.out
# check: grep -q '⟨t.said:Officials said⟩ <!-- factlens disable t.may --> .*it might\. .*It may\.$' md.out
# check: grep -q '⟨t.said:Officials said⟩ <!-- factlens disable t.may --> .*it might\. .*It may\.</p>$' html.out
# check: strip_markers md.out | cmp - in.md && strip_markers html.out | cmp - in.html
