#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# bisect.sh ARCH: build every prefix of the series for ARCH, so that every
# patch is known to build. Uses a separate worktree and build tree, so
# linux/ and the main build are left alone.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch=${1:?usage: bisect.sh ARCH}
arch_setup "$arch"
WT=$CR_CACHE/bisect-src
export LINUX=$WT
export CR_BUILD_DIR=$CR_CACHE/build/bisect-$arch
if [ ! -d "$WT/.git" ] && [ ! -f "$WT/.git" ]; then
	git -C "$TOP/linux" worktree prune
	git -C "$TOP/linux" worktree add -q --detach "$WT" "$SERIES_BASE"
fi
mapfile -t commits < <(git -C "$TOP/linux" rev-list --reverse "$SERIES_BASE..HEAD")
frag=$(mktemp)
trap 'rm -f "$frag"' EXIT
for f in base rust kunit checkpoint "$arch"; do cat "$TOP/configs/$f.config"; done > "$frag"
i=0
for c in "${commits[@]}"; do
	i=$((i + 1))
	git -C "$WT" checkout -q --detach "$c"
	t0=$(date +%s)
	# Options that later patches add are unknown here; kconfig ignores them.
	if "$TOP/scripts/kmake.sh" "$arch" KCONFIG_ALLCONFIG="$frag" allnoconfig >/dev/null &&
		"$TOP/scripts/kmake.sh" "$arch" CLIPPY=1 "$(basename "$KIMAGE")"; then
		echo "[$i/${#commits[@]}] ok   $(git -C "$WT" log -1 --format=%s "$c") ($(($(date +%s) - t0)) s)"
	else
		echo "[$i/${#commits[@]}] FAIL $(git -C "$WT" log -1 --format=%s "$c")"
		exit 1
	fi
done
echo "bisect: all ${#commits[@]} prefixes of the series build for $arch"
