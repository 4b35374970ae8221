# name: markdown: front matter, fenced/indented code, inline code, link URLs and titles, images, reference definitions, comments and raw HTML are not annotated (each holds a cue word); the prose around them is
# args: --no-config -r "$E2E/rules" skip.md
# file: skip.md
---
title: The pier may open
tags: [might]
---
The pier may open in spring.

```
The pier may open.
```

~~~ may
The pier might close.
~~~

    The pier may sink in indented code.

Run `may --might` before noon. See [the pier](http://example.org/may "might") today.
Look at ![the pier may sink](pier-may.png "might") now. Ask [the board][may-ref] soon.

<!-- The pier may open. -->

<div title="may">
The pier might close.
</div>

The <span class="may" title="might">harbour</span> opens <b>today</b>.

<!--
The pier
might close.
-->

[may-ref]: http://example.org/might "may"

The last paragraph might stay.
# stdout:
---
title: The pier may open
tags: [might]
---
⟦speculation⟧The pier ⟨t.may:may⟩ open in spring.

```
The pier may open.
```

~~~ may
The pier might close.
~~~

    The pier may sink in indented code.

⟦claim⟧Run `may --might` before noon. ⟦claim⟧See [the pier](http://example.org/may "might") today.
⟦claim⟧Look at ![the pier may sink](pier-may.png "might") now. ⟦claim⟧Ask [the board][may-ref] soon.

<!-- The pier may open. -->

<div title="may">
The pier might close.
</div>

⟦claim⟧The <span class="may" title="might">harbour</span> opens <b>today</b>.

<!--
The pier
might close.
-->

[may-ref]: http://example.org/might "may"

⟦speculation⟧The last paragraph ⟨t.may:might⟩ stay.
# check: strip_markers stdout | cmp - skip.md
## Exactly the two cues of the prose, nothing from the skipped constructs:
# check: test "$(grep -o "⟨t\.may:" stdout | wc -l)" -eq 2
