#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make checkpatch: scripts/checkpatch.pl --strict on every patch of series.
#
# checkpatch's FILE_PATH_CHANGES warning ("does MAINTAINERS need updating?")
# fires for every new file of a patch that does not touch MAINTAINERS, even
# when an F: pattern covers it. It is replaced by an exact check: every file
# the series adds must be covered by the series' MAINTAINERS entry
# (scripts/get_maintainer.pl on linux/).
#
# ENOSYS ("ENOSYS means 'invalid syscall nr' and nothing else") fires on any
# mention of the name. The x86_64 register code must recognise the -ENOSYS
# the syscall entry code keeps in ax while a call is in progress: that is
# the one meaning checkpatch allows, so the warning is a false positive there.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
[ -x "$LINUX/scripts/checkpatch.pl" ] || die "no linux/ tree: run 'make linux' first"
# spdxcheck.py needs Debian's python3 with python3-ply and python3-git.
export PATH=/usr/bin:$PATH
bad=0
while IFS= read -r p; do
	out=$(cd "$LINUX" && ./scripts/checkpatch.pl --strict --quiet --ignore FILE_PATH_CHANGES,ENOSYS "$TOP/$p" 2>&1) || bad=1
	if [ -n "$out" ]; then
		echo "== $p"
		echo "$out"
		bad=1
	else
		echo "ok  $p"
	fi
done < <(series_patches)
entry="CHECKPOINT/RESTART (IN-KERNEL)"
while IFS= read -r f; do
	[ -e "$LINUX/$f" ] || continue
	sections=$(cd "$LINUX" && ./scripts/get_maintainer.pl --no-git --no-git-fallback --sections -f "$f" 2>/dev/null || true)
	if ! grep -qF "$entry" <<< "$sections"; then
		echo "== $f: added by the series but not covered by the MAINTAINERS entry '$entry'"
		bad=1
	fi
done < <(cd "$TOP" && series_patches | xargs sed -n '/^--- \/dev\/null$/{n;s,^+++ b/,,p}' | sort -u)
[ "$bad" = 0 ] || die "checkpatch found problems"
echo "checkpatch --strict: clean"
