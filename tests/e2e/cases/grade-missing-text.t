# name: --grade with a text that cannot be read: an error naming it, exit 2
# args: --grade a.json nosuch.txt
# status: 2
# stderr:
factlens: nosuch.txt: No such file or directory
# stdout:
