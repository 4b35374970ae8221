# name: --stats with json puts the cue counts and the verdict into the summary object
# args: --format=json --stats -r "$E2E/rules" -
# stdin:
The new pier may open in spring. Officials said it may not.
# check: tail -n 1 stdout | grep -q '"cues":{"t.may":2,"t.said":1},"verdict":"1 of 2 sentences speculates; 0 give the writer.s opinion; 1 cites a source; 0 state claims with no source"}'
# check: json_lines stdout
