# name: -r and -a with a directory that does not exist: the message names what the path was for
# run: factlens -r nosuchdir; echo "status $?"; factlens -a nosuchdir; echo "status $?"
# stdout:
status 2
status 2
# stderr:
factlens: rules path 'nosuchdir': No such file or directory
factlens: rules path 'nosuchdir': No such file or directory
