#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The soak: every built level replayed headless for MINUTES of game time with
# each of its input scripts (winning, other hand, idle). Fails if memory grows
# by more than 2 MB after the first round, or if a level is lost or crashes.
#   soak.sh MOBI2070 SCRIPTS_DIR [MINUTES]   (default 60)
set -eu
EXE="$1"
SCRIPTS="$2"
MINUTES="${3:-60}"
LIMIT_MB=2
failed=0
for script in "$SCRIPTS"/*.txt; do
    level=$(basename "$script" | sed 's/_.*//')
    line=$("$EXE" --headless --level "$level" --soak "$MINUTES" --input "$script" --seed 1) || {
        echo "FAIL $level with $(basename "$script"): exit code $?"
        failed=1
        continue
    }
    echo "$line script=$(basename "$script")"
    growth=$(echo "$line" | sed 's/.*growth_mb=\([0-9.]*\).*/\1/')
    lost=$(echo "$line" | sed 's/.* lost=\([0-9]*\).*/\1/')
    if ! awk -v g="$growth" -v l="$LIMIT_MB" 'BEGIN { exit !(g <= l) }'; then
        echo "FAIL $level with $(basename "$script"): memory grew by $growth MB (limit $LIMIT_MB MB)"
        failed=1
    fi
    if [ "$lost" != 0 ]; then
        echo "FAIL $level with $(basename "$script"): $lost rounds lost (no script should lose)"
        failed=1
    fi
done
exit "$failed"
