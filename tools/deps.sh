#!/bin/sh
# deps.sh: install the Debian packages factlens needs to build and test,
# when they are missing.  vim, chromium and node, for optional checks, and
# python3-distributed and parallel, for the scale check, are left to the
# user (for the last two it says so).  As root it runs apt-get; otherwise
# it uses sudo if there is one, and failing that says what to install.
set -u
pkgs="gcc make pkg-config libpcre2-dev libyaml-dev libcmark-dev libgumbo-dev libjansson-dev check python3"
missing=""
command -v cc >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 ||
	missing="$missing gcc"
command -v make >/dev/null 2>&1 || missing="$missing make"
# make check's scripts (the corpus floor, JSON checks) need python3.
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
if command -v pkg-config >/dev/null 2>&1; then
	pkg-config --exists libpcre2-8 || missing="$missing libpcre2-dev"
	pkg-config --exists yaml-0.1 || missing="$missing libyaml-dev"
	pkg-config --exists libcmark || missing="$missing libcmark-dev"
	pkg-config --exists gumbo || missing="$missing libgumbo-dev"
	pkg-config --exists jansson || missing="$missing libjansson-dev"
	pkg-config --exists check || missing="$missing check"
else
	missing="$missing pkg-config libpcre2-dev libyaml-dev libcmark-dev libgumbo-dev libjansson-dev check"
fi
# Optional: make check's scale test (tools/factlens-dask, GNU parallel).
if ! /usr/bin/python3 -c 'import distributed' >/dev/null 2>&1 ||
    ! command -v parallel >/dev/null 2>&1; then
	echo "factlens: optional, for the scale check: apt-get install" \
	    "python3-distributed parallel" >&2
fi
[ -z "$missing" ] && exit 0

echo "factlens: installing build dependencies:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "factlens: cannot install packages (not root, no sudo)." >&2
	echo "factlens: as root, run: apt-get install -y $pkgs" >&2
	exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "factlens: no apt-get here; install the equivalents of: $pkgs" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q &&
	$sudo apt-get install -y -q $pkgs </dev/null || {
	echo "factlens: apt-get failed; install these by hand: $pkgs" >&2
	exit 1
}
