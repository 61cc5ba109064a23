#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make linux: create or refresh linux/ = the pinned base + the series.
#
# linux/ is a git repository cloned from the cached base repository; its
# history is  $BASE_TAG (untouched tree) -> base (.gitignore fix) -> series.
# Re-running brings it to exactly what series + patches/ say. Commits made in
# linux/ since the last sync that were not exported (make export) are never
# thrown away: the script refuses and says so (FORCE=1 overrides).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

"$TOP/scripts/fetch-base.sh"

SYNC=$LINUX/.git/cr-synced

if [ ! -d "$LINUX/.git" ]; then
	[ ! -e "$LINUX" ] || die "$LINUX exists but is not a git repository; move it away"
	log "cloning the base into linux/"
	git clone -q --no-checkout "$BASE_REPO" "$LINUX"
	git -C "$LINUX" checkout -q -b series "$SERIES_BASE"
	git -C "$LINUX" config core.abbrev 12
else
	git -C "$LINUX" rev-parse -q --verify "refs/tags/$SERIES_BASE" >/dev/null ||
		die "linux/ has no '$SERIES_BASE' tag: not a tree made by this script"
	if [ -d "$LINUX/.git/rebase-apply" ]; then
		[ "${FORCE:-0}" = 1 ] || die "linux/ is in the middle of 'git am' or a rebase; finish or abort it first"
		git -C "$LINUX" am --abort 2>/dev/null || git -C "$LINUX" rebase --abort 2>/dev/null || true
	fi
	if [ -n "$(git -C "$LINUX" status --porcelain --untracked-files=no)" ]; then
		[ "${FORCE:-0}" = 1 ] || die "linux/ has uncommitted changes; commit and 'make export' them, or FORCE=1 to drop them"
	fi
	head=$(git -C "$LINUX" rev-parse HEAD)
	want_base=$(git --git-dir="$BASE_REPO" rev-parse "$SERIES_BASE")
	read -r synced_head synced_hash < "$SYNC" 2>/dev/null || synced_head=none
	if [ "$head" = "$synced_head" ] && [ "$synced_hash" = "$(series_hash)" ] &&
		[ "$(git -C "$LINUX" rev-parse "$SERIES_BASE")" = "$want_base" ]; then
		log "linux/ is up to date with the series ($(git -C "$LINUX" rev-list --count "$SERIES_BASE..HEAD") patches)"
		exit 0
	fi
	if [ "$head" != "$synced_head" ] && [ "$head" != "$(git -C "$LINUX" rev-parse "$SERIES_BASE")" ]; then
		# Commits made since the last sync: are they all in patches/?
		tmp=$(mktemp -d)
		trap 'rm -rf "$tmp"' EXIT
		PATCHES_OUT=$tmp "$TOP/scripts/export.sh" >/dev/null
		if ! diff -q -x 0000-cover-letter.patch "$tmp" "$TOP/patches" >/dev/null 2>&1 &&
			[ "${FORCE:-0}" != 1 ]; then
			die "linux/ has commits that are not exported to patches/:
$(git -C "$LINUX" log --oneline "$SERIES_BASE..HEAD" | head -n 20)
Run 'make export' to keep them, or 'make linux FORCE=1' to throw them away."
		fi
	fi
	log "resetting linux/ to the base"
	# A new base recipe makes new base commits: take them over.
	git -C "$LINUX" fetch -q --force "$BASE_REPO" "+refs/tags/*:refs/tags/*"
	git -C "$LINUX" checkout -q -B series HEAD
	git -C "$LINUX" reset -q --hard "$SERIES_BASE"
fi

# Apply the series. Fixed committer identity and dates give stable commit ids.
mapfile -t pl < <(series_patches | sed "s,^patches/,,")
if [ "${#pl[@]}" -gt 0 ]; then
	log "applying ${#pl[@]} patches with git am"
	(cd "$TOP/patches" && GIT_COMMITTER_NAME="$BASE_IDENT_NAME" GIT_COMMITTER_EMAIL="$BASE_IDENT_EMAIL" \
		git -C "$LINUX" am -q --whitespace=error --committer-date-is-author-date "${pl[@]/#/$TOP/patches/}") || {
		git -C "$LINUX" am --abort || true
		die "the series does not apply with git am"
	}
fi
echo "$(git -C "$LINUX" rev-parse HEAD) $(series_hash)" > "$SYNC"
log "linux/ = $SERIES_BASE + ${#pl[@]} patches"
