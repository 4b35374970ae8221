# name: an unknown option: one message and a hint instead of the usage block, exit 2
# args: --bogus
# stderr:
factlens: unknown option '--bogus'
Try 'factlens --help'.
# status: 2
# check: test ! -s stdout
