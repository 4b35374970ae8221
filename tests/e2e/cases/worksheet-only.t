# name: --only with labels offers those labels and "none of these"; a sentence with another label has the answer none; --only with a category keeps the sentences with such cues
# run: factlens -f worksheet --only=speculation,claim -r "$E2E/rules" text.txt && factlens -f worksheet --only=attribution -r "$E2E/rules" text.txt > cat
# file: text.txt
The pier may open. Officials said so. The cafe closed.

Will the ferry run?
# check: [ "$(grep -o 'data-a="[a-z]*"' stdout | tr '\n' ' ')" = 'data-a="speculation" data-a="none" data-a="claim" data-a="none" ' ]
# check: [ "$(grep -o '<input type="radio" name="s1" value="[a-z]*">' stdout | sed 's/.*value="//; s/">//' | tr '\n' ' ')" = 'speculation claim none ' ]
# check: grep -q 'data-choices="speculation claim none"' stdout && grep -q 'the answer is <b>none of these</b>' stdout
# check: [ "$(grep -o 'data-n="[0-9]*"' cat | tr '\n' ' ')" = 'data-n="2" ' ]
