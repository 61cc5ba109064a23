#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make quilt-check: prove that series + patches/ apply with 'quilt push -a'
# on a plain (non-git) base tree. Cheap: the plain tree holds only the files
# the patches touch, taken from the base commit.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v quilt >/dev/null || die "quilt missing: apt-get install quilt"
"$TOP/scripts/fetch-base.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t pl < <(series_patches)
[ "${#pl[@]}" -gt 0 ] || die "series is empty"
# Every file the series touches, as it is in the base.
for p in "${pl[@]}"; do
	sed -n 's,^--- a/\(.*\)$,\1,p' "$TOP/$p"
done | sort -u | while IFS= read -r f; do
	# Files an earlier patch creates are not in the base.
	git --git-dir="$BASE_REPO" cat-file -e "$SERIES_BASE:$f" 2>/dev/null || continue
	mkdir -p "$tmp/tree/$(dirname "$f")"
	git --git-dir="$BASE_REPO" show "$SERIES_BASE:$f" > "$tmp/tree/$f"
done
mkdir -p "$tmp/tree/patches"
cp "$TOP/series" "$tmp/tree/patches/series"
for p in "${pl[@]}"; do cp "$TOP/$p" "$tmp/tree/patches/"; done
(cd "$tmp/tree" && QUILT_PATCHES=patches quilt push -a -q --fuzz=0) >"$tmp/out" 2>&1 || {
	cat "$tmp/out" >&2
	die "the series does not apply with quilt push -a"
}
echo "quilt: all ${#pl[@]} patches apply with 'quilt push -a --fuzz=0' on the plain base tree"
