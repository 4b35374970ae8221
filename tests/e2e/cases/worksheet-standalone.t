# name: the worksheet is one standalone page: doctype, inline style, one inline script, nothing fetched; a numbered question per sentence, its answer hidden
# args: -f worksheet -r "$E2E/rules" -
# stdin:
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# check: head -n 1 stdout | grep -q '^<!DOCTYPE html>$'
# check: [ "$(grep -c '<script>' stdout)" = 1 ] && grep -q '<style>' stdout && ! grep -Eq '(src|href)="[^#]' stdout
# check: [ "$(grep -o 'class="q" id="q[0-9]*" data-n="[0-9]*" data-a="[a-z]*"' stdout | tr '\n' ' ')" = 'class="q" id="q1" data-n="1" data-a="speculation" class="q" id="q2" data-n="2" data-a="sourced" class="q" id="q3" data-n="3" data-a="claim" class="q" id="q4" data-n="4" data-a="other" ' ]
# check: [ "$(grep -c '<div class="fb" id="f[0-9]*" hidden>' stdout)" = 4 ] && [ "$(grep -o '<input type="radio" name="s2" value="[a-z]*">' stdout | wc -l)" = 5 ]
# check: [ "$(grep -c '<div class="para">' stdout)" = 2 ] && grep -q '<title>Worksheet</title>' stdout
# check: grep -q 'data-mode="labels" data-doc="-" data-fp="fnv1a64:[0-9a-f]\{16\}" data-choices="sourced speculation opinion claim other"' stdout
