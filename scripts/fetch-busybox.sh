#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# fetch-busybox.sh ARCH: print the path of a static busybox for ARCH.
# x86_64: the machine's busybox-static. arm64: Debian's arm64 busybox-static,
# downloaded with a private apt configuration (the machine's dpkg and apt
# setup are untouched) and cached.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
case "$1" in
x86_64)
	[ -x /bin/busybox ] || die "/bin/busybox missing: apt-get install busybox-static"
	echo /bin/busybox
	;;
arm64)
	out=$CR_CACHE/busybox/arm64/busybox
	if [ ! -x "$out" ]; then
		papt_init
		d=$CR_CACHE/busybox/arm64
		mkdir -p "$d/lists/partial" "$d/archives/partial"
		A=(-o APT::Architecture=arm64 -o APT::Architectures=arm64
			-o Dir::State::status=/dev/null -o Dir::State::Lists="$d/lists"
			-o Dir::Cache="$d" -o Dir::Etc::sourcelist="$PAPT_DIR/sources.list"
			-o Dir::Etc::sourceparts=- -o APT::Sandbox::User=root)
		apt-get "${A[@]}" update -qq >/dev/null || die "apt-get update (arm64) failed"
		tmp=$(mktemp -d)
		(cd "$tmp" && apt-get "${A[@]}" download busybox-static/bookworm >/dev/null) ||
			die "downloading busybox-static:arm64 failed"
		dpkg -x "$tmp"/busybox-static_*_arm64.deb "$tmp/x"
		install -m 755 "$tmp/x/bin/busybox" "$out"
		rm -rf "$tmp"
	fi
	echo "$out"
	;;
*) die "unsupported ARCH '$1'" ;;
esac
