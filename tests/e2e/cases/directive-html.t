# name: html: <!-- factlens off/on/disable/enable --> comments (any case, between blocks, in a quote, in a list item) skip passages and turn rules or categories off and on, overlapping; comments in <pre> and <script> and the plain-text form are not directives; exact warnings with LINE:COL; exit 0
# args: --no-config -r "$E2E/rules" dir.html
# file: dir.html
<!DOCTYPE html>
<html><head><title>The pier may open</title></head>
<body>
<p>The pier may open.</p>
<!-- factlens off -->
<p>The pier might close.</p>
<!-- factlens off -->
<p>Officials said it may.</p>
<!-- factlens on -->
<p>The pier may open again.</p>
<!-- factlens on -->
<!-- factlens disable t.may, bogus -->
<p>The pier may open. Officials said "no".</p>
<blockquote><!-- factlens disable hedge --><p>The quote may wait.</p></blockquote>
<ul><li>An item may go. <!-- factlens off --></li>
<li>Hidden item might go.<!--factlens enable t.may--></li></ul>
<p>Officials said it might.</p>
<!-- FACTLENS: on -->
<p>The pier might close.</p>
<!-- factlens enable attribution -->
<!-- factlens on the whole the pier may open -->
<pre><!-- factlens off --></pre>
<script>/* <!-- factlens off --> */</script>
<p>factlens: off</p>
<p>The plain-text form is prose here, it may be.</p>
<!-- factlens disable attribution, quote -->
<p>Officials said "it may".</p>
<!-- factlens enable quote -->
<p>Officials said "it may".</p>
<!-- factlens off -->
<p>The end may come.</p>
</body>
</html>
# stdout:
<!DOCTYPE html>
<html><head><title>⟦other⟧The pier ⟨t.may:may⟩ open</title></head>
<body>
<p>⟦speculation⟧The pier ⟨t.may:may⟩ open.</p>
<!-- factlens off -->
<p>The pier might close.</p>
<!-- factlens off -->
<p>Officials said it may.</p>
<!-- factlens on -->
<p>⟦speculation⟧The pier ⟨t.may:may⟩ open again.</p>
<!-- factlens on -->
<!-- factlens disable t.may, bogus -->
<p>⟦claim⟧The pier may open. ⟦sourced⟧⟨t.said:Officials said⟩ ⟨t.quote:"no"⟩.</p>
<blockquote><!-- factlens disable hedge --><p>⟦claim⟧The quote may wait.</p></blockquote>
<ul><li>⟦claim⟧An item may go. <!-- factlens off --></li>
<li>Hidden item might go.<!--factlens enable t.may--></li></ul>
<p>Officials said it might.</p>
<!-- FACTLENS: on -->
<p>⟦speculation⟧The pier ⟨t.may:might⟩ close.</p>
<!-- factlens enable attribution -->
<!-- factlens on the whole the pier may open -->
<pre><!-- factlens off --></pre>
<script>/* <!-- factlens off --> */</script>
<p>⟦other⟧factlens: off</p>
<p>⟦speculation⟧The plain-text form is prose here, it ⟨t.may:may⟩ be.</p>
<!-- factlens disable attribution, quote -->
<p>⟦speculation⟧Officials said "it ⟨t.may:may⟩".</p>
<!-- factlens enable quote -->
<p>⟦claim⟧Officials said ⟨t.quote:"it ⟨t.may:may⟩"⟩.</p>
<!-- factlens off -->
<p>The end may come.</p>
</body>
</html>
# stderr:
factlens: dir.html:7:6: warning: 'factlens off' while already off (since 5:6)
factlens: dir.html:11:6: warning: 'factlens on' without 'factlens off' before it
factlens: dir.html:12:6: warning: unknown rule or category 'bogus'
factlens: dir.html:14:18: warning: 'hedge' is already disabled
factlens: dir.html:20:6: warning: 'attribution' is not disabled here
factlens: dir.html:30:6: warning: 'factlens off' is never turned back on
factlens: dir.html:26:6: warning: 'factlens disable attribution' is never enabled again
# check: strip_markers stdout | cmp - dir.html
