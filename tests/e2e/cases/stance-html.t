# name: the html format gives a stance cue its own class and lists stance in the legend
# file: a.txt
The board hoped the pier may open.
# args: --no-config -r "$E2E/rules" -f html a.txt
# check: grep -q '<mark class="cue c-stance" [^>]*data-rule="t.hoped"[^>]*>hoped</mark>' stdout
# check: sed -n '/class="legend"/,/<\/section>/p' stdout | grep -q 'c-stance">stance<'
# check: grep -q '^\.c-stance{' stdout
