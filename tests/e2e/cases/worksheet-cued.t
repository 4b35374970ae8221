# name: --worksheet=cued keeps only the sentences with cues as questions, with their document numbers; the others stay as context
# args: -f worksheet --worksheet=cued -r "$E2E/rules" -
# stdin:
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# check: [ "$(grep -o 'data-n="[0-9]*"' stdout | tr '\n' ' ')" = 'data-n="1" data-n="2" ' ]
# check: grep -q '<p class="ctx">The cafe closed.</p>' stdout && grep -q '<p class="ctx">Will the ferry run?</p>' stdout
