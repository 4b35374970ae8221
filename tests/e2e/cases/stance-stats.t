# name: --stats with json counts the cues of every category, stance among them, in the summary object
# args: --no-config -r "$E2E/rules" -f json --stats -
# stdin:
The board hoped the pier may open.
# check: tail -n 1 stdout | grep -q '"categories":{"hedge":1,"inference":0,"opinion":0,"attribution":0,"vague-source":0,"stance":1,"booster":0,"quote":0,"imperative":0}'
# check: json_lines stdout
