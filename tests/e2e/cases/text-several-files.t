# name: the text format over several files is their concatenation, markers removed
# setup: printf 'The pier may open.\n\nOfficials said so' > a.txt; printf 'Harbour report\r\n\r\nIt \\ rained.\n' > b.txt; cat a.txt b.txt > both
# run: factlens a.txt b.txt
# check: strip_markers stdout | cmp - both
