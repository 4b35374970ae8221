#!/bin/sh
# run.sh [BINARY]: the diag format as editors read it.  vim's quickfix
# (errorformat %f:%l:%c:\ %m, as the README and man page document) must
# parse every line into the file, line, column and message that factlens
# meant, and each line:col must point at the first byte of the cue the
# message quotes.  The VS Code problem-matcher regex of the README must
# match every line.  vim checks are skipped where vim is not installed.
# Ends with "N passed, N failed".
set -u
bin=${1:-./factlens}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
skip=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "editors: FAIL: $*"; }

cp "$here/story.txt" "$tmp/story.txt"
cd "$tmp"
"$bin" --format=diag story.txt > diag.txt
status=$?
[ "$status" -eq 0 ] && ok || no "diag exit status $status"
[ -s diag.txt ] && ok || no "no findings in story.txt"
if python3 "$here/checkdiag.py" story.txt diag.txt; then ok; else
	no "positions or VS Code regex"; fi

# --only picks other findings: claims, and hedges.
"$bin" --format=diag --only=claim,hedge story.txt > only.txt
if grep -q ': claim: ' only.txt && grep -q '\[hedge\.' only.txt &&
    ! grep -q '\[vague-source\.' only.txt; then ok; else
	no "--only=claim,hedge"; fi

if command -v vim >/dev/null 2>&1; then
	cat > qf.vim <<'VIM'
set errorformat=%f:%l:%c:\ %m
cgetfile diag.txt
let out = []
for e in getqflist()
  call add(out, bufname(e.bufnr) . ':' . e.lnum . ':' . e.col . ': ' . e.text)
endfor
call writefile(out, 'qf.out')
qa!
VIM
	vim -u NONE -i NONE -N -es -S qf.vim </dev/null >/dev/null 2>&1
	if cmp -s qf.out diag.txt; then ok; else
		no "vim quickfix read the lines differently:"
		diff diag.txt qf.out | head -5
	fi
else
	echo "editors: vim is not installed; quickfix check skipped"
	skip=1
fi
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
