# name: jsonl: the id may be any JSON scalar and is echoed as it was written (a number stays a number, 1.50 stays 1.50, a string keeps its escapes, an integer too large for 64 bits is kept); without one the line number serves; white space around members is kept
# file: ids.jsonl
{"id":7,"text":"The pier may open."}
{"id":-3,"text":"Officials said the pier may open."}
{"id":1.50,"text":"It opened."}
{"id":2E+3,"text":"It opened."}
{"id":123456789012345678901234567890,"text":"It opened."}
{"id":"caf\u00e9 \"7\"","text":"It opened."}
{"id":true,"text":"It opened."}
{"id":false,"text":"It opened."}
{"id":null,"text":"It opened."}
{"text":"No id: the line number serves."}
{ "id" : "spaced" , "text" : "It might." }
# run: factlens -r "$E2E/rules" -f json ids.jsonl | grep '"summary"'
# stdout:
{"type":"summary","doc":7,"sentences":1,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":0,"other":0}}
{"type":"summary","doc":-3,"sentences":1,"labels":{"sourced":1,"speculation":0,"opinion":0,"claim":0,"other":0}}
{"type":"summary","doc":1.50,"sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":2E+3,"sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":123456789012345678901234567890,"sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":"caf\u00e9 \"7\"","sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":true,"sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":false,"sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":null,"sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":10,"sentences":1,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":1,"other":0}}
{"type":"summary","doc":"spaced","sentences":1,"labels":{"sourced":0,"speculation":1,"opinion":0,"claim":0,"other":0}}
