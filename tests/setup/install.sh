#!/bin/sh
# install.sh: make install and make uninstall into a DESTDIR put the
# binary, the man page and the bash and zsh completions where each is
# looked for, and take them away again.  bash's directory is the one
# bash-completion's pkg-config file names, moved under PREFIX, or
# PREFIX/share/bash-completion/completions without it; both are tried, with
# a stand-in pkg-config.  Prints one line per failure, then
# "N passed, N failed".
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/factlens-install.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
trap 'exit 2' HUP INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL install: $*"; }
MAKE=${MAKE:-make}

# A pkg-config that knows bash-completion, in a layout of its own
# (PREFIX/lib/...), so that the test sees it was asked.
cat >"$W/pkg-config" <<'EOF'
#!/bin/sh
prefix=/usr
for a; do
	case $a in
	--define-variable=prefix=*) prefix=${a#--define-variable=prefix=} ;;
	--variable=completionsdir) var=1 ;;
	bash-completion) [ -n "$var" ] && echo "$prefix/lib/bc/completions" &&
		exit 0 ;;
	esac
done
exit 1
EOF
chmod +x "$W/pkg-config"

# check WHAT PKG-CONFIG BASHDIR: install, look, uninstall, look.
check() {
	D=$W/dest
	rm -rf "$D"
	if ! $MAKE -s -C "$TOP" install DESTDIR="$D" PREFIX=/opt/fl \
	    PKG_CONFIG="$2" >"$W/out" 2>&1; then
		bad "$1: make install failed: $(head -3 "$W/out")"
		return
	fi
	for f in bin/factlens share/man/man1/factlens.1 "$3/factlens" \
	    share/zsh/site-functions/_factlens; do
		if [ -f "$D/opt/fl/$f" ]; then ok; else
			bad "$1: no /opt/fl/$f"; fi
	done
	if cmp -s "$D/opt/fl/$3/factlens" "$TOP/tools/completion/factlens.bash" &&
	    bash -c ". '$D/opt/fl/$3/factlens' && complete -p factlens" \
	    >/dev/null 2>&1; then ok; else
		bad "$1: the installed bash completion does not load"; fi
	$MAKE -s -C "$TOP" uninstall DESTDIR="$D" PREFIX=/opt/fl \
	    PKG_CONFIG="$2" >"$W/out" 2>&1
	left=$(find "$D" -type f | sed "s|^$D||")
	if [ -z "$left" ]; then ok; else
		bad "$1: make uninstall left $left"; fi
}

check "with bash-completion's pkg-config file" "$W/pkg-config" lib/bc/completions
check "without it" false share/bash-completion/completions

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
