# name: html: tags, attributes, <script>, <style>, <pre>, <code>, comments and img alt are not annotated (each holds a cue word); the text content around them is
# args: --no-config -r "$E2E/rules" skip.html
# file: skip.html
<!DOCTYPE html>
<html lang="en" data-note="may">
<head>
<meta name="description" content="The pier may open.">
<style>
  /* The pier may open. */
  p::after { content: "might"; }
</style>
<script>
  // Officials said the pier might close.
  var s = "<p>The pier may open.</p>";
</script>
</head>
<body class="may">
<p title="The pier may open." data-x='might'>The pier opens at noon.</p>
<pre>
The pier may sink.
</pre>
<p>Run <code>may --might</code> first. The <a href="/may" title="might">harbour</a> opens.</p>
<!-- The pier may open. -->
<p>See <img src="may.png" alt="the pier may sink"> here.</p>
<pre><code>Officials said it might.</code></pre>
<script type="application/json">{"may": "might"}</script>
<p>The last paragraph might stay.</p>
</body>
</html>
# stdout:
<!DOCTYPE html>
<html lang="en" data-note="may">
<head>
<meta name="description" content="The pier may open.">
<style>
  /* The pier may open. */
  p::after { content: "might"; }
</style>
<script>
  // Officials said the pier might close.
  var s = "<p>The pier may open.</p>";
</script>
</head>
<body class="may">
<p title="The pier may open." data-x='might'>⟦claim⟧The pier opens at noon.</p>
<pre>
The pier may sink.
</pre>
<p>⟦claim⟧Run <code>may --might</code> first. ⟦claim⟧The <a href="/may" title="might">harbour</a> opens.</p>
<!-- The pier may open. -->
<p>⟦claim⟧See <img src="may.png" alt="the pier may sink"> here.</p>
<pre><code>Officials said it might.</code></pre>
<script type="application/json">{"may": "might"}</script>
<p>⟦speculation⟧The last paragraph ⟨t.may:might⟩ stay.</p>
</body>
</html>
# check: strip_markers stdout | cmp - skip.html
# check: test "$(grep -o "⟨t\.may:" stdout | wc -l)" -eq 1
# check: factlens --no-config -r "$E2E/rules" -f json skip.html > j && json_check skip.html j
