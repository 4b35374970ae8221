# name: a Markdown worksheet: headings are other, paragraphs kept, no markup in the questions' picker
# args: -f worksheet -r "$E2E/rules" --label doc.md -
# stdin:
# The pier

The pier may open. Officials said so.
# check: [ "$(grep -o 'data-a="[a-z]*"' stdout | tr '\n' ' ')" = 'data-a="other" data-a="speculation" data-a="sourced" ' ]
# check: [ "$(grep -c '<div class="para">' stdout)" = 2 ]
