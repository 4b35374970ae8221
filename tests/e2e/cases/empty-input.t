# name: empty input: no output in text and tsv, a zero summary in json
# run: factlens < stdin && factlens -f tsv < stdin && factlens -f json < stdin
# stdout:
{"type":"summary","doc":"-","sentences":0,"labels":{"sourced":0,"speculation":0,"opinion":0,"claim":0,"other":0}}
