#!/bin/sh
# deps.sh: install the Debian packages factlens needs to build and test
# (vim, chromium, zsh, node, and python3-distributed and parallel for the
# scale check, all optional, are left to the user), when they are missing.  As root it runs apt-get; otherwise it uses sudo if
# there is one, and failing that says what to install.
#
# Only the missing packages are installed.  When another process holds the
# package manager's lock (an apt-get in another terminal, unattended
# upgrades), apt-get is tried again every FACTLENS_APT_POLL seconds (5) for
# at most FACTLENS_APT_WAIT seconds (300).  If it still fails, apt-get's own
# error is printed, then the packages that are still missing.  Exits 0 when
# nothing is missing at the end, else 1.
set -u
pkgs="gcc make pkg-config libpcre2-dev libyaml-dev libcmark-dev libgumbo-dev libjansson-dev check python3"
wait_max=${FACTLENS_APT_WAIT:-300}
poll=${FACTLENS_APT_POLL:-5}

# The packages of $pkgs that are missing, on one line.
missing() {
	m=""
	command -v cc >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 ||
		m="$m gcc"
	command -v make >/dev/null 2>&1 || m="$m make"
	# make check's scripts (the corpus floor, JSON checks) need python3.
	command -v python3 >/dev/null 2>&1 || m="$m python3"
	if command -v pkg-config >/dev/null 2>&1; then
		pkg-config --exists libpcre2-8 || m="$m libpcre2-dev"
		pkg-config --exists yaml-0.1 || m="$m libyaml-dev"
		pkg-config --exists libcmark || m="$m libcmark-dev"
		pkg-config --exists gumbo || m="$m libgumbo-dev"
		pkg-config --exists jansson || m="$m libjansson-dev"
		pkg-config --exists check || m="$m check"
	else
		m="$m pkg-config libpcre2-dev libyaml-dev libcmark-dev libgumbo-dev libjansson-dev check"
	fi
	echo "${m# }"
}

todo=$(missing)
[ -z "$todo" ] && exit 0

echo "factlens: installing build dependencies: $todo" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "factlens: cannot install packages (not root, no sudo)." >&2
	echo "factlens: as root, run: apt-get install -y $todo" >&2
	exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "factlens: no apt-get here; install the equivalents of: $todo" >&2
	exit 1
fi

err=$(mktemp "${TMPDIR:-/tmp}/factlens-deps.XXXXXX") || exit 1
trap 'rm -f "$err"' EXIT
trap 'exit 1' HUP INT TERM

# apt_get ARGS...: run apt-get, waiting while another process holds the lock.
# Its standard error is kept in $err and shown when it fails.
apt_get() {
	waited=0
	while :; do
		if $sudo apt-get "$@" </dev/null 2>"$err"; then
			cat "$err" >&2
			return 0
		fi
		if ! grep -q 'Could not get lock\|Unable to acquire\|Unable to lock' \
		    "$err" || [ "$waited" -ge "$wait_max" ]; then
			return 1
		fi
		[ "$waited" -eq 0 ] && echo "factlens: another process holds" \
		    "the package manager's lock; waiting up to ${wait_max}s" >&2
		sleep "$poll"
		waited=$((waited + poll))
	done
}

export DEBIAN_FRONTEND=noninteractive
ok=1
if ! apt_get update -q; then
	# Old package lists may still do: go on to the install.
	echo "factlens: apt-get update failed:" >&2
	cat "$err" >&2
fi
# Word splitting of $todo is wanted: one argument per package.
# shellcheck disable=SC2086
if ! apt_get install -y -q $todo; then
	echo "factlens: apt-get install failed:" >&2
	cat "$err" >&2
	ok=0
fi
left=$(missing)
if [ -n "$left" ]; then
	echo "factlens: still missing; install these by hand: $left" >&2
	exit 1
fi
[ $ok -eq 1 ] || echo "factlens: all build dependencies are there now" >&2
exit 0
