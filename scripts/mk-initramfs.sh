#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# mk-initramfs.sh ARCH OUT MODE [EXTRA_DIR [CMD]]: the guest's initramfs:
# busybox, qemu/init, the user programs of build-user.sh, and EXTRA_DIR
# copied to /host. MODE is check, cmd or shell (see qemu/init).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch=${1:?} out=${2:?} mode=${3:?} extra=${4:-} cmd=${5:-}
bb=$("$TOP/scripts/fetch-busybox.sh" "$arch")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
# mktemp -d makes it 0700: the guest's / must let other users through.
chmod 755 "$root"
mkdir -p "$root"/{bin,sbin,etc,proc,sys,dev,tmp,root,host,usr/bin,usr/local/bin,selftests/checkpoint}
# -p: the same mtime in every boot, so that restart finds busybox unchanged
# (an image of a busybox process restarted in a later boot: make demo).
install -p -m 755 "$bb" "$root/bin/busybox"
install -m 755 "$TOP/qemu/init" "$root/init"
echo "$mode" > "$root/etc/cr-mode"
printf '%s\n' "$cmd" > "$root/etc/cr-cmd"
# root, and an unprivileged user for the tests that need one.
printf '%s\n' "root:x:0:0:root:/root:/bin/sh" \
	"nobody:x:65534:65534:nobody:/nonexistent:/bin/false" > "$root/etc/passwd"
printf '%s\n' "root:x:0:" "nogroup:x:65534:" > "$root/etc/group"
U=$CR_CACHE/user/$arch
[ -d "$U/bin" ] && cp -a "$U/bin/." "$root/usr/local/bin/"
[ -d "$U/selftests" ] && cp -a "$U/selftests/." "$root/selftests/checkpoint/"
if [ -n "$extra" ]; then
	[ -d "$extra" ] || die "EXTRA=$extra is not a directory"
	cp -a "$extra/." "$root/host/"
fi
(cd "$root" && find . -print0 | cpio --null -o -H newc --quiet -R 0:0) | gzip -1 > "$out"
