#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# lint.sh ARCH...: rustfmtcheck once, and rustdoc for each arch (after a
# build: rustdoc needs the generated bindings). Clippy runs in every build.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ARCHS=${*:-x86_64 arm64}
"$TOP/scripts/kmake.sh" x86_64 rustfmtcheck
echo "rustfmtcheck: clean"
for a in $ARCHS; do
	"$TOP/scripts/build.sh" "$a"
	"$TOP/scripts/kmake.sh" "$a" CLIPPY=1 rustdoc
	echo "rustdoc $a: built"
done
