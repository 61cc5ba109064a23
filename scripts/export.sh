#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make export: write the commits of linux/ since 'base' into patches/ as
# numbered git format-patch mails, plus series and a cover letter. The output
# is a pure function of the commits: exporting twice changes no byte.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

OUT=${PATCHES_OUT:-$TOP/patches}
[ -d "$LINUX/.git" ] || die "no linux/ tree: run 'make linux' first"
[ -z "$(git -C "$LINUX" status --porcelain --untracked-files=no)" ] ||
	die "linux/ has uncommitted changes: commit them first"
n=$(git -C "$LINUX" rev-list --count "$SERIES_BASE..HEAD")
[ "$n" -gt 0 ] || die "linux/ has no commits on top of '$SERIES_BASE'"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$LINUX" -c core.abbrev=12 -c diff.renames=true -c format.signature= \
	format-patch -q --zero-commit --no-signature --cover-letter \
	--base="$SERIES_BASE" -o "$tmp" "$SERIES_BASE..HEAD"

# The cover letter: subject and blurb from scripts/cover-letter.txt, the date
# of the newest commit instead of "now".
cover=$tmp/0000-cover-letter.patch
subject=$(head -n1 "$TOP/scripts/cover-letter.txt")
date=$(git -C "$LINUX" log -1 --format='%aD' HEAD)
python3 - "$cover" "$TOP/scripts/cover-letter.txt" "$subject" "$date" <<'PY'
import sys
path, blurb_file, subject, date = sys.argv[1:]
text = open(path).read()
blurb = open(blurb_file).read().split("\n", 1)[1].strip("\n")
text = text.replace("*** SUBJECT HERE ***", subject).replace("*** BLURB HERE ***", blurb)
out = []
for line in text.split("\n"):
    if line.startswith("Date: "):
        line = "Date: " + date
    out.append(line)
open(path, "w").write("\n".join(out))
PY

mkdir -p "$OUT"
rm -f "$OUT"/*.patch
cp "$tmp"/*.patch "$OUT"/
if [ -z "${PATCHES_OUT:-}" ]; then
	(cd "$OUT" && ls [0-9][0-9][0-9][0-9]-*.patch | grep -v '^0000-cover-letter.patch$') > "$TOP/series"
	echo "$(git -C "$LINUX" rev-parse HEAD) $(series_hash)" > "$LINUX/.git/cr-synced"
	log "exported $n patches to patches/ and series"
fi
