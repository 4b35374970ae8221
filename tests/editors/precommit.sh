#!/bin/sh
# precommit.sh [BINARY]: tools/pre-commit in a real Git repository.  Makes
# a throw-away repository, installs the hook, and checks that a commit of
# speculative prose is blocked with FILE:LINE:COL findings that name the
# staged files (Markdown, HTML, text), that a clean commit passes, that
# the staged content is checked and not the working tree, and the
# threshold: the default speculation=20%, FACTLENS_FAIL_ON, the config's
# fail-on.  Skipped where git is not installed.  Ends with "N passed,
# N failed, N skipped".
set -u
bin=${1:-./factlens}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
hook=$here/../../tools/pre-commit
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "precommit: FAIL: $*"; }

if ! command -v git >/dev/null 2>&1; then
	echo "precommit: git is not installed; skipped"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
unset FACTLENS_FAIL_ON
# No user or system Git configuration: the test's own only.
GIT_CONFIG_NOSYSTEM=1 HOME=$tmp XDG_CONFIG_HOME=$tmp FACTLENS=$bin
export GIT_CONFIG_NOSYSTEM HOME XDG_CONFIG_HOME FACTLENS
git init -q repo || exit 2
cd repo || exit 2
git config user.name Test
git config user.email test@example.org
git config commit.gpgsign false
cp "$hook" .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit || exit 2

# commit MESSAGE: try to commit what is staged; the hook's output in out,
# the exit status in $rc.
commit() {
	git commit -q -m "$1" >out 2>&1
	rc=$?
}
# has TEXT: out has a line that is exactly TEXT.
has() {
	grep -qxF -- "$1" out
}

# 1. Speculation in Markdown, HTML and text: blocked, with positions in
# the staged files as written (markup and all).
mkdir -p docs
printf '# Harbour news\n\nThe pier may open in spring. It might rain.\n\nThe ferry runs daily.\n' >docs/news.md
printf '<h1>Harbour</h1>\n<p>The <b>pier</b> could open. The board met.</p>\n' >docs/page.html
printf 'The tide turned.\nThe boats may leave early.\n' >'notes file.txt'
printf 'int main(void) { /* it may */ return 0; }\n' >main.c
git add docs 'notes file.txt' main.c
commit "speculative"
if [ "$rc" -ne 0 ]; then ok; else no "a speculative commit went through"; fi
if git rev-parse -q --verify HEAD >/dev/null; then
	no "a commit was made"; else ok; fi
for want in \
    "docs/news.md:3:10: speculation: the writer hedges or infers instead of stating: 'may' [hedge.modal]" \
    "docs/news.md:3:33: speculation: the writer hedges or infers instead of stating: 'might' [hedge.modal]" \
    "docs/page.html:2:20: speculation: the writer hedges or infers instead of stating: 'could' [hedge.modal]" \
    "notes file.txt:2:11: speculation: the writer hedges or infers instead of stating: 'may' [hedge.modal]" \
    "pre-commit: over the threshold (the default, speculation=20%): docs/news.md docs/page.html notes file.txt" \
    "pre-commit: commit blocked; fix the findings above, or commit with --no-verify"; do
	if has "$want"; then ok; else no "missing line: $want"; cat out; fi
done
if grep -q 'main\.c' out; then no "main.c was checked"; else ok; fi

# 2. Clean prose: the commit passes, silently.
printf '# Harbour news\n\nThe pier opens in spring. It rained.\n\nThe ferry runs daily.\n' >docs/news.md
printf '<h1>Harbour</h1>\n<p>The <b>pier</b> opened. The board met.</p>\n' >docs/page.html
printf 'The tide turned.\nThe boats left early.\n' >'notes file.txt'
git add -A
commit "clean"
if [ "$rc" -eq 0 ]; then ok; else no "a clean commit was blocked:"; cat out; fi
if [ ! -s out ]; then ok; else no "output on a clean commit:"; cat out; fi

# 3. The staged content is checked, not the working tree: speculation
# only in the working tree passes; speculation only in the index blocks,
# at the index's line numbers.
printf 'The pier may open.\n' >>docs/news.md
printf 'A new file.\n' >new.txt
git add new.txt
commit "working tree speculates, index does not"
if [ "$rc" -eq 0 ]; then ok; else no "unstaged speculation blocked a commit:"; cat out; fi
git checkout -q -- docs/news.md
printf '# Harbour news\n\nIntro.\n\nMore.\n\nThe pier may open.\n' >docs/news.md
git add docs/news.md
printf '# Harbour news\n\nThe pier opens.\n' >docs/news.md
commit "index speculates"
want="docs/news.md:7:10: speculation: the writer hedges or infers instead of stating: 'may' [hedge.modal]"
if [ "$rc" -ne 0 ] && has "$want"; then ok; else
	no "staged speculation: want a block and: $want"; cat out; fi

# 4. The threshold.  One speculating sentence of five (20%) is not more
# than 20%: passes by default; FACTLENS_FAIL_ON=speculation=10% blocks it;
# FACTLENS_FAIL_ON=speculation=50% lets two of five (40%) through.
printf 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nThe pier may open.\n' >docs/news.md
git add docs/news.md
commit "one in five"
if [ "$rc" -eq 0 ]; then ok; else no "20% blocked by the default:"; cat out; fi
printf 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nThe pier may open.\n\nIt might.\n' >docs/news.md
git add docs/news.md
FACTLENS_FAIL_ON=speculation=50% commit "two in six, env 50%"
if [ "$rc" -eq 0 ]; then ok; else no "FACTLENS_FAIL_ON=speculation=50% blocked 33%:"; cat out; fi
printf 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nThe pier may open.\n' >docs/news.md
git add docs/news.md
FACTLENS_FAIL_ON='claim=10, speculation=10%' commit "env 10%"
if [ "$rc" -ne 0 ] && has "pre-commit: over the threshold (FACTLENS_FAIL_ON=claim=10, speculation=10%): docs/news.md"
then ok; else no "FACTLENS_FAIL_ON=speculation=10% did not block 20%:"; cat out; fi

# 5. A config with fail-on: the hook passes no --fail-on, so the config's
# threshold holds (claims block; speculation alone does not), unless
# FACTLENS_FAIL_ON is set.
printf 'fail-on: [claim=1]\n' >.factlens.yml
git add .factlens.yml
printf 'The pier may open. It might.\n' >docs/news.md
git add docs/news.md
commit "speculation, config fail-on claim=1"
if [ "$rc" -eq 0 ]; then ok; else no "config fail-on claim=1 blocked speculation:"; cat out; fi
printf 'One. Two. Three.\n' >docs/news.md
git add docs/news.md
commit "claims, config fail-on claim=1"
if [ "$rc" -ne 0 ] && has "pre-commit: over the threshold (the fail-on of .factlens.yml): docs/news.md"
then ok; else no "config fail-on claim=1 did not block 3 claims:"; cat out; fi
FACTLENS_FAIL_ON=speculation commit "claims, env speculation"
if [ "$rc" -eq 0 ]; then ok; else no "FACTLENS_FAIL_ON did not replace the config's fail-on:"; cat out; fi

# 6. A broken config blocks the commit with factlens's message.
printf 'fail-on: [claims]\n' >.factlens.yml
git add .factlens.yml
commit "bad config"
if [ "$rc" -ne 0 ] && grep -q '^factlens: .*\.factlens\.yml:1:11: ' out; then ok; else
	no "a bad config did not block with FILE:LINE:COL:"; cat out; fi

echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
