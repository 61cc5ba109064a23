# SPDX-License-Identifier: GPL-2.0
#
# Checkpoint/restart series: the workshop. See README.md.
#
#   make check                 build, boot and test x86_64 and arm64 (the test command)
#   make demo                  c/r of a counter on x86_64, across a reboot
#   make bench [ARCH=] [MIB=]  checkpoint/restart throughput beside the guest's limits
#   make guest ARCH=a EXTRA=dir CMD='...'   run a command in a guest
#   make linux / make export   create linux/ from series, write it back

ARCH  ?= x86_64
ARCHS ?= x86_64 arm64
EXTRA ?=
CMD   ?= uname -a
S     := scripts

.PHONY: all help tools linux export build rustavailable check demo bench guest \
	bisect checkpatch quilt-check lint clean

all: check

help:
	@sed -n '3,10p' Makefile | sed 's/^# \{0,1\}//'

tools:
	@$(S)/setup-tools.sh

linux: tools
	@$(S)/mk-linux.sh

export:
	@$(S)/export.sh

build: linux
	@$(S)/build.sh $(ARCH)

rustavailable: linux
	@for a in $(ARCHS); do echo "$$a:"; $(S)/kmake.sh $$a rustavailable || exit 1; done

check: linux
	@$(S)/check.sh $(ARCHS)

demo: linux
	@$(S)/demo.sh

bench: linux
	@MIB=$(or $(MIB),1024) $(S)/bench.sh $(ARCH)

guest: linux
	@$(S)/build.sh $(ARCH) >&2 && $(S)/build-user.sh $(ARCH) >&2 && \
		$(S)/guest.sh $(ARCH) cmd "$(EXTRA)" "$(CMD)"

bisect: linux
	@$(S)/bisect.sh $(ARCH)

checkpatch: linux
	@$(S)/checkpatch.sh

quilt-check:
	@$(S)/check-quilt.sh

lint: linux
	@$(S)/lint.sh $(ARCHS)

clean:
	rm -rf $(HOME)/.cache/cr-kernel/build $(HOME)/.cache/cr-kernel/user \
		$(HOME)/.cache/cr-kernel/run $(HOME)/.cache/cr-kernel/logs
