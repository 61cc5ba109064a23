#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# mk-fixture.sh ARCH: make the fixture image of ARCH with the kernel built
# in $CR_CACHE/build/ARCH and write it into the series' selftests as
# linux/tools/testing/selftests/checkpoint/fixture_ARCH.h. The guest runs
# the selftests' own fixture/mk_fixture.sh, which prints the header.
#
# A fixture is made once per image format that restart must keep reading:
# regenerating it after the format changes would defeat its purpose.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch_setup "${1:?usage: mk-fixture.sh ARCH}"
"$TOP/scripts/build-user.sh" "$1"
out=$LINUX/tools/testing/selftests/checkpoint/fixture_$1.h
TIMEOUT=${TIMEOUT:-300} "$TOP/scripts/guest.sh" "$1" cmd "" \
	"sh /selftests/checkpoint/fixture/mk_fixture.sh" > "$out.tmp"
grep -q '^static const char fixture_image' "$out.tmp" || die "no fixture in the guest's output: $out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out" >&2
