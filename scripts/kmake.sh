#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# kmake.sh ARCH [make arguments...]: run the kernel's make for ARCH with the
# cached tools and the per-arch build tree $CR_CACHE/build/ARCH (O=).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch_setup "${1:?usage: kmake.sh ARCH [make args]}"
shift
load_tools
[ -f "$LINUX/Makefile" ] || die "no linux/ tree: run 'make linux' first"
mkdir -p "$BUILD"
cc=${CROSS}gcc
llvm=()
if [ -n "$LLVM_SUFFIX" ]; then
	cc=clang$LLVM_SUFFIX
	llvm=(LLVM="$LLVM_SUFFIX")
fi
command -v ccache >/dev/null && cc="ccache $cc"
# The kernels have debug info (for BTF), with which ccache hashes the build
# directory: a new build tree would miss every object. Only the DWARF's
# compilation directory differs between trees, which BTF does not use.
export CCACHE_NOHASHDIR=true
exec make -C "$LINUX" O="$BUILD" ARCH="$KARCH" CROSS_COMPILE="$CROSS" CC="$cc" \
	"${llvm[@]}" -j"$(nproc)" -s "$@"
