#!/bin/sh
# deps.sh: tools/deps.sh against a fake package manager.
#
# PATH holds only a directory of stand-ins: id (root), pkg-config, which
# answers from a list of installed packages, and apt-get, which installs
# into that list, logs every call, and can be told to fail while "another
# process holds the lock" for its first N calls, or to fail on a package it
# cannot find (installing nothing, as apt does).  gcc, make and python3 are
# there when "installed".  The few real tools deps.sh uses are linked in.
# Also checks that the README names the packages deps.sh installs.
# Prints one line per failure, then "N passed, N failed".

HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/factlens-deps.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
trap 'exit 2' HUP INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL deps: $*"; }

ALL="gcc make pkg-config libpcre2-dev libyaml-dev libcmark-dev libgumbo-dev libjansson-dev check python3"

# setup INSTALLED LOCKED [BROKEN]: a fresh fake system with the packages
# INSTALLED, a lock held for the first LOCKED calls of apt-get, and apt-get
# unable to find the package BROKEN.
setup() {
	rm -rf "$W/bin" "$W/state"
	mkdir -p "$W/bin" "$W/state"
	for t in sh cat grep sleep rm mktemp chmod; do
		ln -s "$(command -v $t)" "$W/bin/$t"
	done
	printf '#!/bin/sh\necho 0\n' >"$W/bin/id"
	cat >"$W/bin/pkg-config" <<-'EOF'
	#!/bin/sh
	# --exists MODULE: is the -dev package that provides it installed?
	case $2 in
	libpcre2-8) p=libpcre2-dev ;; yaml-0.1) p=libyaml-dev ;;
	libcmark) p=libcmark-dev ;; gumbo) p=libgumbo-dev ;;
	jansson) p=libjansson-dev ;; *) p=$2 ;;
	esac
	grep -qx "$p" "$STATE/installed"
	EOF
	cat >"$W/bin/apt-get" <<-'EOF'
	#!/bin/sh
	echo "apt-get $*" >>"$STATE/log"
	n=$(cat "$STATE/locked")
	if [ "$n" -gt 0 ]; then
		echo $((n - 1)) >"$STATE/locked"
		echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)" >&2
		echo "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?" >&2
		exit 100
	fi
	[ "$1" = install ] || exit 0
	for p; do
		if [ "$p" = "$(cat "$STATE/broken")" ]; then
			echo "E: Unable to locate package $p" >&2
			exit 100
		fi
	done
	for p; do
		case $p in -*|install) continue ;; esac
		echo "$p" >>"$STATE/installed"
		case $p in gcc|make|python3|pkg-config)
			printf '#!/bin/sh\n' >"$STATE/../bin/$p"
			chmod +x "$STATE/../bin/$p" ;;
		esac
	done
	EOF
	chmod +x "$W/bin/id" "$W/bin/pkg-config" "$W/bin/apt-get"
	: >"$W/state/installed"
	: >"$W/state/log"
	echo "$2" >"$W/state/locked"
	echo "${3:-}" >"$W/state/broken"
	for p in $1; do
		echo "$p" >>"$W/state/installed"
		case $p in gcc|make|python3) printf '#!/bin/sh\n' >"$W/bin/$p"
			chmod +x "$W/bin/$p" ;;
		esac
	done
}

# run: tools/deps.sh on the fake system; output in $W/out, status in $st.
run() {
	(cd "$W" && env -i PATH="$W/bin" STATE="$W/state" TMPDIR="$W" \
	    FACTLENS_APT_WAIT=2 FACTLENS_APT_POLL=1 \
	    "$(command -v sh)" "$TOP/tools/deps.sh") >"$W/out" 2>&1
	st=$?
}

expect() {	# WHAT WANT-FILE: the output is exactly WANT-FILE
	if ! cmp -s "$W/out" "$2"; then
		bad "$1: output differs:"
		diff "$2" "$W/out" | head -20
	else
		ok
	fi
}

# 1. Nothing missing: no apt-get at all.
setup "$ALL" 0
run
if [ $st -ne 0 ] || [ -s "$W/out" ] || [ -s "$W/state/log" ]; then
	bad "nothing missing: status $st, apt-get called: $(cat "$W/state/log")"
else
	ok
fi

# 2. Five packages missing and the lock held for two tries: it waits,
# then installs exactly those five.
setup "gcc make pkg-config libpcre2-dev check" 2
run
cat >"$W/want" <<-'EOF'
factlens: installing build dependencies: python3 libyaml-dev libcmark-dev libgumbo-dev libjansson-dev
factlens: another process holds the package manager's lock; waiting up to 2s
EOF
expect "lock released in time" "$W/want"
[ $st -eq 0 ] && ok || bad "lock released in time: status $st"
if grep -qx 'apt-get install -y -q python3 libyaml-dev libcmark-dev libgumbo-dev libjansson-dev' \
    "$W/state/log"; then ok; else
	bad "lock released in time: apt-get calls: $(cat "$W/state/log")"; fi

# 3. The lock is held for longer than the wait: apt-get's own error, then
# only the five packages still missing, not all ten.
setup "gcc make pkg-config libpcre2-dev check" 100
run
cat >"$W/want" <<-'EOF'
factlens: installing build dependencies: python3 libyaml-dev libcmark-dev libgumbo-dev libjansson-dev
factlens: another process holds the package manager's lock; waiting up to 2s
factlens: apt-get update failed:
E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)
E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?
factlens: another process holds the package manager's lock; waiting up to 2s
factlens: apt-get install failed:
E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)
E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?
factlens: still missing; install these by hand: python3 libyaml-dev libcmark-dev libgumbo-dev libjansson-dev
EOF
expect "lock never released" "$W/want"
[ $st -eq 1 ] && ok || bad "lock never released: status $st"

# 4. Another error (a package apt cannot find): no waiting, apt's error,
# the packages still missing.
setup "gcc make pkg-config libpcre2-dev libyaml-dev libjansson-dev check python3" 0 libgumbo-dev
run
cat >"$W/want" <<-'EOF'
factlens: installing build dependencies: libcmark-dev libgumbo-dev
factlens: apt-get install failed:
E: Unable to locate package libgumbo-dev
factlens: still missing; install these by hand: libcmark-dev libgumbo-dev
EOF
expect "a package apt cannot find" "$W/want"
[ $st -eq 1 ] && ok || bad "a package apt cannot find: status $st"

# 5. No pkg-config: every library counts as missing until it is there.
setup "gcc make python3" 0
rm -f "$W/bin/pkg-config"
run
if [ $st -eq 0 ] && grep -qx 'apt-get install -y -q pkg-config libpcre2-dev libyaml-dev libcmark-dev libgumbo-dev libjansson-dev check' \
    "$W/state/log"; then ok; else
	bad "no pkg-config: status $st: $(cat "$W/out")"; fi

# 6. The README names every package deps.sh installs, and no other.
readme=$(tr '\n' ' ' <"$TOP/README.md" |
    sed -n 's/.*installs what is missing of `\([^`]*\)`.*/\1/p')
script=$(sed -n 's/^pkgs="\(.*\)"$/\1/p' "$TOP/tools/deps.sh")
if [ -n "$readme" ] && [ "$(echo $readme | tr ' ' '\n' | sort)" = \
    "$(echo $script | tr ' ' '\n' | sort)" ]; then ok; else
	bad "README lists '$readme', deps.sh installs '$script'"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
