# name: markdown: the URL of an autolink (<https://...>, <user@host>) is a link URL, not prose: a cue word in it is not marked
# args: --no-config -r "$E2E/rules" -f tsv auto.md
# file: auto.md
Write to <may@example.org> or see <https://example.org/might> today.
# stdout:
claim	1	1	-	Write to <may@example.org> or see <https://example.org/might> today.
