# name: a failed write (/dev/full) is reported and exits 2
# setup: printf 'The pier may open.\n' > a.txt; test -w /dev/full
# run: factlens a.txt > /dev/full
# stderr:
factlens: write error: No space left on device
# status: 2
