#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# check.sh ARCH...: the project's test command (make check). For each arch:
# build the kernel and the guest programs, boot it under QEMU, run every KUnit
# suite and every selftest, then print a line per suite and per arch and
# the closing line "N passed, N failed" over both arches. Non-zero on any
# failure, on a missing arch, and when no test ran.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
ARCHS=${*:-x86_64 arm64}
# The x86_64 kernel is the clang one with KASAN and kmemleak, which the
# crafted-image fuzz test runs on (CR_KASAN=0: the gcc one instead).
export CR_KASAN=${CR_KASAN:-1}
t00=$(date +%s)
step rustfmtcheck "$TOP/scripts/kmake.sh" x86_64 rustfmtcheck || { echo "rustfmtcheck failed"; fmt_bad=1; }
logs=()
for a in $ARCHS; do
	rm -f "$CR_CACHE/logs/$a-check.log"
	if step "build $a" "$TOP/scripts/build.sh" "$a" &&
		step "user programs $a" "$TOP/scripts/build-user.sh" "$a" &&
		step "boot and test $a" env TIMEOUT="${TIMEOUT:-900}" "$TOP/scripts/guest.sh" "$a" check; then
		:
	else
		echo "$a: build or boot failed (see above)"
		f=$CR_CACHE/logs/$a-check.log
		[ ! -f "$f" ] || echo "CR-HOST-PROBLEM the $a guest run failed: a kernel report, a hang or a crash (see above)" >> "$f"
	fi
	logs+=("$a=$CR_CACHE/logs/$a-check.log")
done
echo
echo "=== results ($(($(date +%s) - t00)) s) ==="
python3 "$TOP/scripts/results.py" "${logs[@]}"
rc=$?
[ -z "${fmt_bad:-}" ] || rc=1
exit $rc
