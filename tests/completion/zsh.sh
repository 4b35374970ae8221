#!/bin/sh
# zsh.sh BINARY: the zsh completion (tools/completion/_factlens) in a real
# zsh, driven through a pseudo-terminal by tests/completion/zpty.zsh:
# compinit must pick it up for factlens, and what it lists on Ctrl-D must
# be the binary's lists (tests/completion/lists.sh).  Skipped, and said so, where zsh is not
# installed.  Prints one line per failure, then "N passed, N failed".
case $1 in
/*) FL=$1 ;;
*) FL=$(pwd)/$1 ;;
esac
if ! command -v zsh >/dev/null 2>&1; then
	echo "completion: zsh is not installed; zsh completion checks skipped"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/factlens-zsh.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
mkdir "$W/lists" "$W/cwd" "$W/cwd/rules" || exit 2
sh "$HERE/lists.sh" "$FL" "$W/lists" || exit 1
cp "$HERE/rules/own.yml" "$W/cwd/rules/" || exit 2
# The binary is called factlens, as the completion is registered for it.
mkdir "$W/bin" && ln -s "$FL" "$W/bin/factlens"

cd "$W/cwd" && PATH="$W/bin:$PATH" FPATH_DIR="$TOP/tools/completion" \
    L="$W/lists" zsh -f "$HERE/zpty.zsh"
