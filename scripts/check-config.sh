#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# check-config.sh FRAGMENT CONFIG: every CONFIG_X=v and "# CONFIG_X is not set"
# of FRAGMENT must be what CONFIG says. An unmet dependency or a misspelt
# option fails here, loudly, instead of silently building something else.
set -euo pipefail
frag=$1 config=$2
bad=0
while IFS= read -r line; do
	case "$line" in
	CONFIG_*=*)
		opt=${line%%=*} want=${line#*=}
		have=$(grep -E "^$opt=" "$config" | head -n1 | cut -d= -f2- || true)
		if [ "$have" != "$want" ]; then
			echo "config: $opt: asked for '$want', got '${have:-not set}' (unmet dependency or unknown option)" >&2
			bad=1
		fi
		;;
	"# CONFIG_"*" is not set")
		opt=${line#\# } opt=${opt%% *}
		if grep -qE "^$opt=" "$config"; then
			echo "config: $opt: asked to be unset, but is $(grep -E "^$opt=" "$config")" >&2
			bad=1
		fi
		;;
	esac
done < "$frag"
[ "$bad" = 0 ] || { echo "config: $config does not match $frag" >&2; exit 1; }
echo "config: all $(grep -cE '^(CONFIG_|# CONFIG_.* is not set)' "$frag") requested options are set" >&2
