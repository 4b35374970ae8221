# name: a bad rule file stops annotation with exit 2 and FILE:LINE:COL
# args: -r bad.yml
# file: bad.yml
category: guesswork
rules: []
# stdin:
The pier may open.
# stderr-match: ^factlens: bad\.yml:1:11: unknown category 'guesswork'
# status: 2
# check: test ! -s stdout
