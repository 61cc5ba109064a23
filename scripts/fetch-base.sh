#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Make the cached base repository $BASE_REPO from Debian's
# linux-source-7.3 package: download it (private apt state, the machine's apt
# setup is untouched), check both sha256 sums, and commit the tree:
#
#   $BASE_TAG  root commit, the untouched tree
#   base       drops Debian's packaging stanza from .gitignore, which would
#              otherwise hide every new top-level file of the series from git
#
# Dates and identities are fixed, so every machine gets the same commit ids.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

REPO=$BASE_REPO
[ -f "$REPO/refs/tags/$SERIES_BASE" ] || [ -n "$(git --git-dir="$REPO" rev-parse -q --verify "refs/tags/$SERIES_BASE" 2>/dev/null)" ] && exit 0

DL=$CR_CACHE/dl
DEB=$DL/${BASE_PKG}_${BASE_VER}_all.deb
mkdir -p "$DL"
if [ ! -f "$DEB" ] || ! echo "$BASE_DEB_SHA256  $DEB" | sha256sum -c --quiet 2>/dev/null; then
	papt_init
	log "downloading $BASE_PKG=$BASE_VER"
	rm -f "$DEB"
	(cd "$DL" && papt download "$BASE_PKG=$BASE_VER" >/dev/null 2>&1) ||
		die "cannot download $BASE_PKG=$BASE_VER from trixie-backports"
	echo "$BASE_DEB_SHA256  $DEB" | sha256sum -c --quiet || die "sha256 mismatch for $DEB"
fi

work=$(mktemp -d "$CR_CACHE/base.tmp.XXXXXX")
trap 'rm -rf "$work"' EXIT
dpkg -x "$DEB" "$work/deb"
tarball=$work/deb/usr/src/$BASE_PKG.tar.xz
echo "$BASE_TAR_SHA256  $tarball" | sha256sum -c --quiet || die "sha256 mismatch for $BASE_PKG.tar.xz"

log "unpacking the base tree"
mkdir "$work/tree"
tar -xf "$tarball" -C "$work/tree" --strip-components=1
rm -rf "$work/deb"

export GIT_AUTHOR_NAME="$BASE_IDENT_NAME" GIT_AUTHOR_EMAIL="$BASE_IDENT_EMAIL"
export GIT_COMMITTER_NAME="$BASE_IDENT_NAME" GIT_COMMITTER_EMAIL="$BASE_IDENT_EMAIL"
export GIT_AUTHOR_DATE="$BASE_DATE" GIT_COMMITTER_DATE="$BASE_DATE"
g() { git -C "$work/tree" -c core.looseCompression=1 -c gc.auto=0 "$@"; }
log "committing the base tree (about a minute)"
g init -q -b master
g add -f -A
g commit -q --no-verify -m "Linux 7.3.4 (Debian $BASE_PKG $BASE_VER)

The untouched tree of /usr/src/$BASE_PKG.tar.xz from Debian's
$BASE_PKG package, version $BASE_VER.
sha256 of the tarball: $BASE_TAR_SHA256"
g tag "$BASE_TAG"
# Debian's top-level .gitignore ends with a packaging stanza ("/*" then
# "!/debian/") that ignores every top-level entry; drop it.
n=$(grep -n '^/\*$' "$work/tree/.gitignore" | head -n1 | cut -d: -f1)
[ -n "$n" ] || die "Debian's .gitignore stanza not found"
head -n $((n - 1)) "$work/tree/.gitignore" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$work/gi"
# strip a trailing comment block that introduced the stanza
while tail -n1 "$work/gi" | grep -q '^#'; do sed -i '$d' "$work/gi"; done
sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$work/gi"
# Debian also dropped upstream's exceptions for the dot-files the tree
# tracks; without them a new .gitignore (every selftest has one) is ignored.
cat >> "$work/gi" <<'EOT'

#
# We don't want to ignore the following even if they are dot-files
#
!.clang-format
!.clippy.toml
!.cocciconfig
!.editorconfig
!.get_maintainer.ignore
!.gitattributes
!.gitignore
!.kunitconfig
!.mailmap
!.rustfmt.toml
EOT
cp "$work/gi" "$work/tree/.gitignore"
g commit -q --no-verify -a -m "gitignore: drop Debian's packaging stanza

Debian's linux-source tree ends its .gitignore with a stanza that
ignores every top-level entry except debian/, and lacks upstream's
exceptions for tracked dot-files such as .gitignore. In a git
repository made from that tree every new file of the series would be
ignored. Drop the stanza and restore the exceptions.
Not part of the series: the series applies on top of this commit."
g tag "$SERIES_BASE"
g gc -q --auto
rm -rf "$REPO"
git clone -q --bare "$work/tree" "$REPO.new"
mv "$REPO.new" "$REPO"
log "base repository ready: $(git --git-dir="$REPO" rev-parse "$SERIES_BASE")"
