#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench [ARCH=x86_64] [MIB=1024]: in the guest, checkpoint and restart a
# process with MIB MiB of dirty, non-zero anonymous memory (to and from a
# file on tmpfs, and a pipe), a tiny process, and a tree of 100 processes
# joined by pipes (checkpoint, time frozen, restart with the restart tool),
# beside the guest's own limits measured in the same run
# (tools/checkpoint/ckpt-bench.c).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch=${1:-x86_64}
mib=${MIB:-1024}
"$TOP/scripts/build.sh" "$arch"
"$TOP/scripts/build-user.sh" "$arch"
# The process, its image on tmpfs and the memcpy buffers must all fit.
MEM=${MEM:-$((mib * 4 / 1024 + 2))G} TIMEOUT=${TIMEOUT:-3600} \
	"$TOP/scripts/guest.sh" "$arch" cmd "" "ckpt-bench -m $mib"
