# name: --rules with a path that does not exist
# args: --rules nowhere.yml
# stderr:
factlens: nowhere.yml: No such file or directory
# status: 2
# check: test ! -s stdout
