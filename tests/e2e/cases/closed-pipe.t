# name: factlens big.txt | head -1 ends quietly, with nothing on stderr
# setup: awk 'BEGIN { for (i = 0; i < 200000; i++) print "The pier may open. Officials said so." }' > big.txt
# run: factlens -r "$E2E/rules" big.txt | head -1
# stdout:
⟦speculation⟧The pier ⟨t.may:may⟩ open. ⟦sourced⟧⟨t.said:Officials said⟩ so.
