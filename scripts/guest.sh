#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# guest.sh ARCH MODE [EXTRA_DIR [CMD]]: boot the built kernel of ARCH in QEMU
# (TCG: KVM hangs on these machines) with a fresh initramfs, and check the
# run:
#  - the guest must finish within $TIMEOUT seconds (hung guests are killed);
#  - the kernel log must hold no Oops, BUG, WARNING, KASAN, UBSAN, lockdep
#    report or panic.
# MODE cmd prints CMD's output and exits with its status; MODE check leaves
# the console log in $CR_CACHE/logs/ARCH-check.log for the result parser;
# MODE shell is interactive (make demo). Environment: TIMEOUT (seconds),
# MEM (guest memory, default 1G), SMP (CPUs, default 2: a guest that brings
# up fewer fails the run), DISK (a raw disk image for /dev/vda).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch=${1:?usage: guest.sh ARCH MODE [EXTRA_DIR [CMD]]} mode=${2:?} extra=${3:-} cmd=${4:-}
arch_setup "$arch"
kernel=$BUILD/$KIMAGE
[ -f "$kernel" ] || die "no kernel at $kernel: run 'make build ARCH=$arch' first"
mkdir -p "$CR_CACHE/logs" "$CR_CACHE/run"
log=$CR_CACHE/logs/$arch-$mode.log
initrd=$CR_CACHE/run/$arch-$mode.cpio.gz
"$TOP/scripts/mk-initramfs.sh" "$arch" "$initrd" "$mode" "$extra" "$cmd"

append="panic=-1 oops=panic rdinit=/init"
case "$arch" in
x86_64)
	qemu=(qemu-system-x86_64 -machine pc -cpu max)
	# no5lvl: 4-level paging. -cpu max has LA57, and with 5-level paging a
	# KASAN kernel can report a false "wild-memory-access" for an
	# interrupt that lands while identify_cpu() refills boot_cpu_data's
	# capabilities (pgtable_l5_enabled() reads X86_FEATURE_LA57 there,
	# cleared for that moment, so KASAN takes a direct-map address for one
	# outside the kernel). Seen twice in about a dozen KASAN boots under
	# TCG; a kernel bug of the base, not of the series.
	append="console=ttyS0 no5lvl $append"
	;;
arm64)
	# -cpu max: pointer authentication, BTI, SVE and SME; the
	# implementation-defined PAC algorithm is much faster under TCG than
	# QARMA. mte=on gives the guest MTE.
	qemu=(qemu-system-aarch64 -machine virt,mte=on -cpu max,pauth-impdef=on)
	append="console=ttyAMA0 $append"
	;;
esac
smp=${SMP:-2}
qemu+=(-accel tcg -smp "$smp" -m "${MEM:-1G}" -nographic -no-reboot -kernel "$kernel"
	-initrd "$initrd" -append "$append")
# DISK=file: a raw disk image, /dev/vda in the guest (make demo keeps the
# checkpoint image there across a reboot).
[ -z "${DISK:-}" ] || qemu+=(-drive "file=$DISK,format=raw,if=virtio")

if [ "$mode" = shell ]; then
	"${qemu[@]}"
	exit $?
fi

timeout=${TIMEOUT:-600}
rc=0
timeout -k 5 "$timeout" "${qemu[@]}" </dev/null > "$log" 2>&1 || rc=$?
tr -d '\r' < "$log" > "$log.tmp" && mv "$log.tmp" "$log"
[ "$rc" = 124 ] && { tail -n 30 "$log" >&2; die "$arch guest did not finish within $timeout s (TIMEOUT=); log: $log"; }
[ "$rc" = 0 ] || { tail -n 30 "$log" >&2; die "QEMU failed with status $rc; log: $log"; }

splat='(Oops|BUG:|WARNING:|KASAN:|UBSAN:|possible circular locking|possible recursive locking|inconsistent lock state|suspicious RCU usage|Kernel panic|Unable to handle kernel|general protection fault|Internal error:|rust_panic|panicked at)'
if grep -nE "$splat" "$log" >&2; then
	die "the $arch kernel log has the report(s) above; log: $log"
fi
grep -q '^CR-GUEST-DONE' "$log" || { tail -n 30 "$log" >&2; die "the $arch guest did not reach the end of /init; log: $log"; }
cpus=$(sed -n 's/^CR-GUEST-CPUS \([0-9]*\)$/\1/p' "$log")
[ "$cpus" = "$smp" ] || die "the $arch guest brought up ${cpus:-an unknown number of} CPU(s), QEMU gave it $smp; log: $log"

if [ "$mode" = cmd ]; then
	sed -n '/^CR-CMD-BEGIN$/,/^CR-CMD-END rc=/p' "$log" | sed '1d;$d'
	status=$(sed -n 's/^CR-CMD-END rc=\([0-9]*\)$/\1/p' "$log")
	[ -n "$status" ] || die "no exit status from the guest command; log: $log"
	[ "$status" = 0 ] || echo "guest: the command exited with status $status" >&2
	exit "$status"
fi
