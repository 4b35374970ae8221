# name: markdown: YAML front matter at the very top (between "---" and "---" or "...", LF or CRLF) is skipped, positions still count its lines; "---" after a blank line is not front matter
# setup: printf -- '---\r\ntitle: The pier may open\r\nsummary: Officials said it might.\r\n...\r\nThe pier may open.\r\n\r\n---\r\n\r\nAfter the rule it might close.\r\n' > crlf.md; printf '\n---\ntitle: may\n---\n\nBody.\n' > late.md
# args: --no-config -r "$E2E/rules" -f tsv fm.md crlf.md late.md
# file: fm.md
---
title: The pier may open
description: "Officials said the pier might close."
---
# Harbour news

The pier may open in spring.
# stdout:
other	5	3	-	Harbour news
speculation	7	1	t.may	The pier may open in spring.
speculation	5	1	t.may	The pier may open.
speculation	9	1	t.may	After the rule it might close.
other	3	1	t.may	title: may
claim	6	1	-	Body.
# check: for f in fm.md crlf.md late.md; do factlens --no-config -r "$E2E/rules" $f | strip_markers | cmp - $f || exit 1; done
# check: for f in fm.md crlf.md late.md; do factlens --no-config -r "$E2E/rules" -f json $f > j && json_check $f j || exit 1; done
