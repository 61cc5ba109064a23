#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# make demo: checkpoint/restart across a reboot, on x86_64 under QEMU.
#
# Boot 1: start the counter program (tools/checkpoint/counter) writing to a
# file on a virtual disk (ext4 on /dev/vda), checkpoint it to that disk with
# ckpt -k (which kills it), restart it with restart, and show it counting on
# where it was, with the same pid; checkpoint it again (restart refuses a
# file that changed since the checkpoint, and the restarted counter wrote
# on) and kill it. The guest then powers off.
# Boot 2: the same kernel boots again, mounts the disk and restarts the
# counter from the image: it goes on from the checkpoint, in a new boot.
#
# Beside it, a busybox shell pipeline, a process tree: a counting loop
# piped through awk into a file, in a session of its own. It is
# checkpointed (the shell, the loop's subshell, awk, and a sleep if one
# runs, with the pipe between them and the bytes in it), killed, restarted
# in boot 1 and again from the disk in boot 2: the count goes on.
#
# INTERACTIVE=1 make demo ends with a shell in the second boot instead.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$TOP/scripts/build.sh" x86_64
"$TOP/scripts/build-user.sh" x86_64
disk=$CR_CACHE/run/demo-disk.img
mkdir -p "$CR_CACHE/run"
rm -f "$disk"
truncate -s 64M "$disk"
mkfs.ext4 -q -F -L crdemo "$disk"

boot1='
mkdir -p /mnt && mount /dev/vda /mnt || exit 1
# Use up some pids, so that the second boot has the counter'"'"'s pid free.
i=0; while [ $i -lt 200 ]; do /bin/true; i=$((i+1)); done
# Checkpoint pid $1 (with its descendants) to $2, and kill it.
ckpt_kill() {
	echo "== checkpoint pid $1 to $2, and kill it"
	ckpt -k -o "$2" "$1" || exit 1
	wait "$1" 2>/dev/null
}
# Restart image $1, show the end of its log $2 after 2 s, then checkpoint it
# again to $1 for the next boot (restart refuses a file changed since the
# checkpoint, and the restarted process writes on), and kill it.
restart_and_again() {
	echo "== restart $1"
	p=$(restart -d -i "$1") || exit 1
	echo "restarted pid $p"
	sleep 2
	tail -n 3 "$2"
	echo "== checkpoint it again, for the next boot, and kill it"
	ckpt -k -o "$1" "$p" || exit 1
}
echo "== boot 1: start the counter, writing to /mnt/counter.log"
counter /mnt/counter.log </dev/null >/dev/null 2>&1 &
pid=$!
sleep 3
tail -n 2 /mnt/counter.log
ckpt_kill $pid /mnt/counter.img
ls -l /mnt/counter.img
ckptinfo /mnt/counter.img | grep -v PAGES | head -n 40
echo "== killed: $(ps -o pid,comm | grep -c "^ *$pid ") process with pid $pid"
restart_and_again /mnt/counter.img /mnt/counter.log
echo "== a shell pipeline in a session of its own: a loop | awk > /mnt/pipeline.log"
setsid sh -c "i=0; while :; do echo \$i; i=\$((i+1)); usleep 100000; done | awk \"{ print \\\"line\\\", \\\$1; fflush() }\" > /mnt/pipeline.log" </dev/null >/dev/null 2>&1 &
sh=$!
sleep 2
tail -n 2 /mnt/pipeline.log
ckpt_kill $sh /mnt/pipeline.img
ckptinfo /mnt/pipeline.img | sed -n "/TREE/,/TASK/p" | grep -v TASK
restart_and_again /mnt/pipeline.img /mnt/pipeline.log
echo "== power off"
umount -l /mnt 2>/dev/null
'
boot2='
mkdir -p /mnt && mount /dev/vda /mnt || exit 1
echo "== boot 2: $(cat /proc/sys/kernel/random/boot_id | cut -c1-8), restart from /mnt/counter.img"
restart -d -i /mnt/counter.img || exit 1
sleep 3
echo "== the counter goes on from the checkpoint, in this boot:"
tail -n 6 /mnt/counter.log
echo "== restart the pipeline from /mnt/pipeline.img"
restart -d -i /mnt/pipeline.img || exit 1
sleep 2
echo "== the pipeline goes on, in this boot:"
tail -n 4 /mnt/pipeline.log
'
echo "=== first boot" >&2
TIMEOUT=${TIMEOUT:-600} DISK=$disk "$TOP/scripts/guest.sh" x86_64 cmd "" "$boot1"
echo "=== second boot, same kernel, same disk" >&2
if [ -n "${INTERACTIVE:-}" ] && [ -t 0 ]; then
	DISK=$disk exec "$TOP/scripts/guest.sh" x86_64 shell
fi
TIMEOUT=${TIMEOUT:-600} DISK=$disk "$TOP/scripts/guest.sh" x86_64 cmd "" "$boot2"
# The log on the disk holds both boots: the counts go on across the reboot.
log=$(debugfs -R 'cat /counter.log' "$disk" 2>/dev/null)
echo "=== /counter.log on the disk, read from the host:"
printf '%s\n' "$log"
first=$(printf '%s\n' "$log" | sed -n '1s/.* boot \([0-9a-f]*\).*/\1/p')
last=$(printf '%s\n' "$log" | sed -n '$s/.* boot \([0-9a-f]*\).*/\1/p')
[ -n "$first" ] && [ "$first" != "$last" ] || die "the counter did not survive the reboot"
echo "demo: the counter survived the reboot (boot $first -> $last)"
# The pipeline's lines count on, one by one, across both restarts.
plog=$(debugfs -R 'cat /pipeline.log' "$disk" 2>/dev/null)
echo "=== /pipeline.log on the disk: $(printf '%s\n' "$plog" | wc -l) lines, the last:"
printf '%s\n' "$plog" | tail -n 3
printf '%s\n' "$plog" | awk '$1 != "line" || $2 != NR - 1 { bad = 1 } END { exit bad || NR < 40 }' ||
	die "the pipeline's count did not go on across the restarts"
echo "demo: the shell pipeline survived two restarts and the reboot, line by line"
