# name: an unreadable input makes the exit status 2 even when a --fail-on threshold is crossed
# setup: printf 'The pier may open.\n' > a.txt
# args: --fail-on=speculation -r "$E2E/rules" a.txt missing.txt
# stderr:
factlens: missing.txt: No such file or directory
# status: 2
