# name: html: <title> and h1-h6 are always "other" (even with a cue and a full stop); nested lists (ul/ol, three levels, text after the inner list) and nested blockquotes are annotated block by block at their positions in the file
# run: factlens --no-config -r "$E2E/rules" -f tsv nest.html
# file: nest.html
<!DOCTYPE html>
<html>
<head><title>The pier may open.</title></head>
<body>
<h1>The pier may open.</h1>
<h2>Will it <em>might</em> open?</h2>
<h3>Officials said it may.</h3>
<h4>H4 may</h4><h5>H5 might</h5><h6>H6 may.</h6>
<p>The pier may open.</p>
<ul>
  <li>Level one may go.
    <ul>
      <li>Level two might go.
        <ol><li>Level three may go.</li></ol>
      </li>
    </ul>
    Back at level one, it may.
  </li>
  <li>Officials said it might.</li>
</ul>
<blockquote>The quote may go.
  <blockquote><p>The inner quote might go.</p>
    <blockquote>Officials said it may.</blockquote>
  </blockquote>
</blockquote>
</body>
</html>
# stdout:
other	3	14	t.may	The pier may open.
other	5	5	t.may	The pier may open.
other	6	5	t.may	Will it <em>might</em> open?
other	7	5	t.said,t.may	Officials said it may.
other	8	5	t.may	H4 may
other	8	20	t.may	H5 might
other	8	37	t.may	H6 may.
speculation	9	4	t.may	The pier may open.
speculation	11	7	t.may	Level one may go.
speculation	13	11	t.may	Level two might go.
speculation	14	17	t.may	Level three may go.
speculation	17	5	t.may	Back at level one, it may.
sourced	19	7	t.said,t.may	Officials said it might.
speculation	21	13	t.may	The quote may go.
speculation	22	18	t.may	The inner quote might go.
sourced	23	17	t.said,t.may	Officials said it may.
# check: factlens --no-config -r "$E2E/rules" nest.html | strip_markers | cmp - nest.html
# check: factlens --no-config -r "$E2E/rules" -f json nest.html > j && json_check nest.html j
