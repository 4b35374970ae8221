# name: a failed write in the middle of a large output stops with exit 2 and one message
# setup: awk 'BEGIN { for (i = 0; i < 100000; i++) print "The pier may open." }' > big.txt
# run: factlens -f json big.txt > /dev/full
# stderr:
factlens: write error: No space left on device
# status: 2
