# name: the html format is one standalone page: doctype, inline style, no script, nothing fetched, summary before the text; a second input is refused
# args: --format=html -r "$E2E/rules" -
# stdin:
The pier may open. Officials said so.
# check: head -n 1 stdout | grep -q '^<!DOCTYPE html>$'
# check: grep -q '<style>' stdout && ! grep -q '<script' stdout && ! grep -Eq '(src|href)="[^#]' stdout
# check: awk '/id="sum"/ { s = NR } /id="text"/ { t = NR } END { exit !(s && t && s < t) }' stdout
# check: grep -q 'tabindex="0" data-rule="t.may"' stdout
