# name: --rules with a path that does not exist: the message says what the path was for
# args: --rules nowhere.yml
# stderr:
factlens: rules path 'nowhere.yml': No such file or directory
# status: 2
# check: test ! -s stdout
