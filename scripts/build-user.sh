#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# build-user.sh ARCH: build the static user programs of the guest for ARCH,
# against the UAPI headers of linux/:
#   tools/testing/selftests/checkpoint  ->  $CR_CACHE/user/ARCH/selftests/
#   tools/checkpoint                     ->  $CR_CACHE/user/ARCH/bin/
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch_setup "${1:?usage: build-user.sh ARCH}"
OUT=$CR_CACHE/user/$1
"$TOP/scripts/kmake.sh" "$1" headers >/dev/null
HDR=$BUILD/usr/include
rm -rf "$OUT"
mkdir -p "$OUT/selftests" "$OUT/bin"
cc="${CROSS}gcc -static"
ST=$LINUX/tools/testing/selftests/checkpoint
if [ -f "$ST/Makefile" ]; then
	make -s -C "$ST" CC="$cc" KHDR_INCLUDES="-isystem $HDR" OUTPUT="$OUT/selftests" ||
		die "building the checkpoint selftests for $1 failed"
	find "$OUT/selftests" -type f \( -name '*.o' -o -name '*.d' \) -delete
fi
TL=$LINUX/tools/checkpoint
if [ -f "$TL/Makefile" ]; then
	make -s -C "$TL" CC="$cc" KHDR_INCLUDES="-isystem $HDR" OUTPUT="$OUT/bin/" ||
		die "building tools/checkpoint for $1 failed"
	find "$OUT/bin" -type f \( -name '*.o' -o -name '*.d' \) -delete
fi
