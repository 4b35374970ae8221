# name: a file name with a quote and a backslash is escaped in json and named as given in errors
# setup: printf 'It rained.\n' > 'we"ird\name.txt'
# run: factlens -f json 'we"ird\name.txt' 'no"such'
# stdout:
{"type":"sentence","doc":"we\"ird\\name.txt","index":0,"start":0,"end":10,"line":1,"col":1,"label":"claim","text":"It rained.","cues":[]}
{"type":"summary","doc":"we\"ird\\name.txt","sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
# stderr:
factlens: no"such: No such file or directory
# status: 2
