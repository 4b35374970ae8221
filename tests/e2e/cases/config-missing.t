# name: config: --config naming a file that does not exist is an error, exit 2, nothing annotated; a rules path in a config that does not exist too (resolved against the config's directory)
# file: sub/.factlens.yml
rules: [missing.yml]
# file: a.txt
The pier may open.
# run: factlens --config nonexist.yml a.txt; echo "status $?"; cd sub && factlens a.txt < /dev/null 2> err; echo "status $?"; sed "s|$(pwd -P)/|SUB/|g" err >&2
# stdout:
status 2
status 2
# stderr:
factlens: nonexist.yml: No such file or directory
factlens: SUB/.factlens.yml:1:9: rules path 'SUB/missing.yml': No such file or directory
