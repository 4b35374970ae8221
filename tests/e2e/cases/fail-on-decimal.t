# name: --fail-on with a decimal threshold: the message says that whole numbers are expected, and a hint instead of the usage block
# args: --fail-on=claim=2.5%
# stderr:
factlens: --fail-on: bad threshold in 'claim=2.5%': expected a whole number, such as claim=2 or claim=5%
Try 'factlens --help'.
# status: 2
# check: test ! -s stdout
