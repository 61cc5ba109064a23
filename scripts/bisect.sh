#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# bisect.sh ARCH: build every prefix of the series for ARCH, so that every
# patch is known to build (clippy and CONFIG_WERROR included).
#
# It checks out each commit of linux/ in turn and builds it in the arch's
# usual build tree: only what a patch changes is rebuilt, so a step costs
# about as much as the patch. linux/ must be clean; its branch is checked
# out again at the end, whatever happens. FROM=N starts at patch N (after a
# change to patches N and later, the prefixes before N are as they were).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch=${1:?usage: bisect.sh ARCH}
arch_setup "$arch"
[ -z "$(git -C "$LINUX" status --porcelain --untracked-files=no)" ] ||
	die "linux/ has uncommitted changes: commit them first"
branch=$(git -C "$LINUX" symbolic-ref -q --short HEAD || git -C "$LINUX" rev-parse HEAD)
trap 'git -C "$LINUX" checkout -q "$branch"' EXIT
mapfile -t commits < <(git -C "$LINUX" rev-list --reverse "$SERIES_BASE..HEAD")
frag=$BUILD/bisect-fragments.config
mkdir -p "$BUILD"
for f in base rust kunit security checkpoint "$arch"; do cat "$TOP/configs/$f.config"; done > "$frag"
i=0
from=${FROM:-1}
for c in "${commits[@]}"; do
	i=$((i + 1))
	[ "$i" -ge "$from" ] || continue
	git -C "$LINUX" checkout -q --detach "$c"
	t0=$(date +%s)
	# Options that later patches add are unknown here; kconfig ignores them.
	if "$TOP/scripts/kmake.sh" "$arch" KCONFIG_ALLCONFIG="$frag" allnoconfig >/dev/null &&
		"$TOP/scripts/kmake.sh" "$arch" CLIPPY=1 "$(basename "$KIMAGE")"; then
		echo "[$i/${#commits[@]}] ok   $(git -C "$LINUX" log -1 --format=%s "$c") ($(($(date +%s) - t0)) s)"
	else
		echo "[$i/${#commits[@]}] FAIL $(git -C "$LINUX" log -1 --format=%s "$c")"
		exit 1
	fi
done
echo "bisect: all ${#commits[@]} prefixes of the series build for $arch"
