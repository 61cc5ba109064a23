# SPDX-License-Identifier: GPL-2.0
# Common definitions for the checkpoint/restart workshop scripts. Sourced, not run.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CR_CACHE=${CR_CACHE:-$HOME/.cache/cr-kernel}
LINUX=${LINUX:-$TOP/linux}

# The pinned base: Debian's linux-source-7.3 package.
BASE_PKG=linux-source-7.3
BASE_VER=7.3.4-1~bpo13+1
BASE_DEB_SHA256=703e369ddd4cce971452f5a593ee55df3a5c10c83caf0fa0df039633ed181ee3
BASE_TAR_SHA256=76df1affb19f24926949369be1d74b60071c963c598ce8780bddd4bbf0fc3bc4
BASE_TAG=v7.3.4-debian	# the untouched tree, root commit of linux/
SERIES_BASE=base	# the commit the series applies to (root + .gitignore fix)
# The cached base repository; its name changes whenever fetch-base.sh makes
# a different base commit.
BASE_REPO=$CR_CACHE/base-2.git

# Fixed identity and dates for the generated base commits, so that every
# machine gets the same commit ids.
BASE_IDENT_NAME="Checkpoint/Restart Workshop"
BASE_IDENT_EMAIL="workshop@localhost"
BASE_DATE="2026-11-15T22:30:00Z"

die() { echo "error: $*" >&2; exit 1; }
log() { echo ">>> $*" >&2; }

# Timestamped step runner: prints how long a step took.
step() {
	local name=$1 t0 t1 rc
	shift
	t0=$(date +%s)
	"$@"
	rc=$?
	t1=$(date +%s)
	echo ">>> step '$name' took $((t1 - t0)) s (rc=$rc)" >&2
	return $rc
}

# apt-get with a private sources list and state, so the machine's apt
# configuration is left alone. It reaches bookworm (+updates, security,
# backports) for tools and trixie-backports for the kernel source and rust-src.
PAPT_DIR=$CR_CACHE/apt
papt() {
	apt-get -o Dir::Etc::sourcelist="$PAPT_DIR/sources.list" \
		-o Dir::Etc::sourceparts=- \
		-o Dir::State::Lists="$PAPT_DIR/lists" \
		-o Dir::Cache="$PAPT_DIR" \
		-o APT::Sandbox::User=root \
		"$@"
}
papt_cache() {
	apt-cache -o Dir::Etc::sourcelist="$PAPT_DIR/sources.list" \
		-o Dir::Etc::sourceparts=- \
		-o Dir::State::Lists="$PAPT_DIR/lists" \
		-o Dir::Cache="$PAPT_DIR" "$@"
}
papt_init() {
	mkdir -p "$PAPT_DIR/lists/partial" "$PAPT_DIR/archives/partial"
	[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] ||
		die "/usr/share/keyrings/debian-archive-keyring.gpg is missing: apt-get install debian-archive-keyring"
	local k=/usr/share/keyrings/debian-archive-keyring.gpg
	cat > "$PAPT_DIR/sources.list.new" <<EOT
deb [signed-by=$k] http://deb.debian.org/debian bookworm main
deb [signed-by=$k] http://deb.debian.org/debian bookworm-updates main
deb [signed-by=$k] http://deb.debian.org/debian-security bookworm-security main
deb [signed-by=$k] http://deb.debian.org/debian bookworm-backports main
deb [signed-by=$k] http://deb.debian.org/debian trixie-backports main
EOT
	mv "$PAPT_DIR/sources.list.new" "$PAPT_DIR/sources.list"
	# Refresh the lists at most once a day.
	if [ -z "$(find "$PAPT_DIR/lists" -maxdepth 1 -name '*_InRelease' -mmin -1440 2>/dev/null)" ]; then
		log "apt: updating private package lists"
		papt update -qq || die "apt-get update failed (is deb.debian.org reachable?)"
	fi
}

# Per-arch facts.
arch_setup() {
	case "$1" in
	x86_64)
		KARCH=x86_64
		CROSS=
		KIMAGE=arch/x86/boot/bzImage
		;;
	arm64)
		KARCH=arm64
		CROSS=aarch64-linux-gnu-
		KIMAGE=arch/arm64/boot/Image
		;;
	*) die "unsupported ARCH '$1' (x86_64 or arm64)" ;;
	esac
	# CR_KASAN=1: the x86_64 kernel of make check, built with clang (the
	# kernel allows KASAN beside Rust only then), with KASAN and kmemleak
	# (configs/kasan.config), in a build tree of its own.
	LLVM_SUFFIX=
	VARIANT=$1
	if [ "${CR_KASAN:-0}" = 1 ] && [ "$1" = x86_64 ]; then
		LLVM_SUFFIX=-19
		VARIANT=$1-kasan
	fi
	BUILD=${CR_BUILD_DIR:-$CR_CACHE/build/$VARIANT}
}

# The tool environment written by setup-tools.sh.
load_tools() {
	[ -f "$CR_CACHE/tools/env.sh" ] || "$TOP/scripts/setup-tools.sh" || exit 1
	# shellcheck disable=SC1091
	. "$CR_CACHE/tools/env.sh"
}

# The patches named by series, one path a line.
series_patches() {
	[ -f "$TOP/series" ] || return 0
	grep -v -e '^#' -e '^[[:space:]]*$' "$TOP/series" | sed 's,[[:space:]].*,,; s,^,patches/,'
}

# A hash of series and the patches it names: what linux/ was last synced to.
series_hash() {
	(cd "$TOP" && cat series $(series_patches) 2>/dev/null) | sha256sum | cut -c1-64
}
