#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# config.sh ARCH: configure the build tree of ARCH from the fragments in
# configs/ (allnoconfig + fragments), then prove that every option the
# fragments ask for is really set in the final .config.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch_setup "${1:?usage: config.sh ARCH}"
FRAGS=${FRAGS:-"base rust kunit security checkpoint $1"}
[ -z "$LLVM_SUFFIX" ] || FRAGS="$FRAGS kasan"
mkdir -p "$BUILD"
frag=$BUILD/fragments.config
: > "$frag.new"
for f in $FRAGS; do
	[ -f "$TOP/configs/$f.config" ] || die "configs/$f.config missing"
	cat "$TOP/configs/$f.config" >> "$frag.new"
done
mv "$frag.new" "$frag"
"$TOP/scripts/kmake.sh" "$1" KCONFIG_ALLCONFIG="$frag" allnoconfig >/dev/null
"$TOP/scripts/check-config.sh" "$frag" "$BUILD/.config"
