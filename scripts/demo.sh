#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make demo: boot the patched x86_64 kernel in QEMU with the project's guest
# programs and give an interactive shell on the console. Exit the shell to
# power off (or press Ctrl-A X).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$TOP/scripts/build.sh" x86_64
"$TOP/scripts/build-user.sh" x86_64
if [ ! -t 0 ]; then
	# No terminal (CI, a pipe): show that the guest boots and what it has.
	exec "$TOP/scripts/guest.sh" x86_64 cmd "" \
		'uname -a; ls /usr/local/bin /selftests/checkpoint'
fi
exec "$TOP/scripts/guest.sh" x86_64 shell
