#!/bin/sh
# demo.sh: the README's first command.  Installs what is missing, builds,
# and runs factlens on the sample text that ships with it.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
make
./factlens examples/sample.txt
