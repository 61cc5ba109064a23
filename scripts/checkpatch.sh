#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make checkpatch: scripts/checkpatch.pl --strict on every patch of series.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
[ -x "$LINUX/scripts/checkpatch.pl" ] || die "no linux/ tree: run 'make linux' first"
# spdxcheck.py needs Debian's python3 with python3-ply and python3-git.
export PATH=/usr/bin:$PATH
bad=0
while IFS= read -r p; do
	out=$(cd "$LINUX" && ./scripts/checkpatch.pl --strict --quiet "$TOP/$p" 2>&1) || bad=1
	if [ -n "$out" ]; then
		echo "== $p"
		echo "$out"
		bad=1
	else
		echo "ok  $p"
	fi
done < <(series_patches)
[ "$bad" = 0 ] || die "checkpatch found problems"
echo "checkpatch --strict: clean"
