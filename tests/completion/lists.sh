#!/bin/sh
# lists.sh BINARY DIR: what the completion scripts must offer, as the
# binary says it, one file per list in DIR, one item per line, sorted:
#   opts        every option --help shows, short and long
#   formats     from the message for an unknown format
#   labels, categories   from the message for an unknown --only item
#   colors      from the message for an unknown --color
#   inputs      from the message for an unknown --input
#   modes       from the message for an unknown --worksheet mode
#   rules       rule ids, from --list-rules
#   rulecats    rule ids and the categories that have rules (--disable)
# The messages list the binary's own tables, so a format, label or
# category added there shows up here.  Exits 1 if a list comes out empty.
FL=$1
D=$2
lines() { tr ' ,' '\n\n' | sed '/^$/d' | sort -u; }
# The list in a message "... PREFIX a, b or c)" (or ", not '?'").
listed() {
	sed -n "s/.*$1\(.*\))\$/\1/p; s/.*$1\(.*\), not '?'\$/\1/p" |
	    sed 's/ or /, /' | lines
}
"$FL" --help | grep -oE '^  +(-[a-zA-Z], )?--[a-z-]+' |
    grep -oE -- '-[a-zA-Z]\b|--[a-z-]+' | sort >"$D/opts"
"$FL" -f '?' 2>&1 | listed 'expected ' >"$D/formats"
"$FL" --only='?' 2>&1 | sed 's/; categories.*/)/' | listed 'labels: ' \
    >"$D/labels"
"$FL" --only='?' 2>&1 | listed 'categories: ' >"$D/categories"
"$FL" --color='?' </dev/null 2>&1 | listed 'expected ' >"$D/colors"
"$FL" --input='?' 2>&1 | listed 'expected ' >"$D/inputs"
"$FL" --worksheet='?' </dev/null 2>&1 | listed 'expected ' >"$D/modes"
"$FL" --no-config --list-rules | cut -f1 | sort >"$D/rules"
"$FL" --no-config --list-rules | cut -f1,2 | tr '\t' '\n' | sort -u \
    >"$D/rulecats"
for f in opts formats labels categories colors inputs modes rules rulecats; do
	if [ ! -s "$D/$f" ]; then
		echo "lists.sh: no $f from $FL" >&2
		exit 1
	fi
done
