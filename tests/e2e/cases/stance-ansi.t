# name: the ansi format marks a stance cue in its own colour (blue underline) and, on a terminal, names stance in the legend
# file: a.txt
The board hoped the pier may open. The pier may open.
# run: factlens --no-config -r "$E2E/rules" -f ansi --color=always a.txt; script -qc '"$FACTLENS" --no-config -r "$E2E/rules" -f ansi a.txt' /dev/null > tty.out
# check: grep -q "$(printf '\033\\[4;34mhoped')" stdout
# check: grep -q "$(printf '\033\\[4;35mmay')" stdout
# check: head -n 1 tty.out | grep -q "$(printf '\033\\[4;34mstance')"
# stdout-match: cues: 'hoped' t\.hoped; 'may' t\.may
