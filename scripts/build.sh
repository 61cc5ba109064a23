#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# build.sh ARCH: configure (configs/ fragments, verified) and build the kernel
# of ARCH in $CR_CACHE/build/ARCH. Rust is built through clippy (CLIPPY=1)
# and CONFIG_WERROR makes every C, Rust and clippy warning an error.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch_setup "${1:?usage: build.sh ARCH}"
"$TOP/scripts/config.sh" "$1"
"$TOP/scripts/kmake.sh" "$1" CLIPPY=1 "$(basename "$KIMAGE")"
echo "built $BUILD/$KIMAGE" >&2
