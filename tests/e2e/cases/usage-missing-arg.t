# name: an option without its argument: one message and a hint
# args: --format
# stderr:
factlens: option '--format' needs an argument
Try 'factlens --help'.
# status: 2
