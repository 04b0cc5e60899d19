#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A damaged install (files deleted by a clean-up tool, a half-copied USB key):
# the game names each missing file by its path, starts when it can, and
# refuses clearly when it cannot (no font at all).
#   broken_install.sh MOBI2070 SOURCE_DIR OUTDIR
set -u
game="$1" src="$2" out="$3"
if [ -z "${DISPLAY:-}" ]; then
    echo "no X display: run under xvfb-run (tools/test does)"
    exit 77
fi
failed=0
data="$out/broken-data"
log="$out/broken-install.log"
fresh_copy() {
    rm -rf "$data"
    mkdir -p "$data"
    cp -R "$src/assets" "$src/levels" "$src/locale" "$data/"
}
names() { # names TEXT: the log must contain TEXT
    grep -qF -- "$1" "$log" || { echo "FAILED: the message does not name $1:"; cat "$log"; failed=1; }
}

# No window icon: the game opens its window all the same (played for three
# seconds, then stopped) and says which file is missing.
fresh_copy
rm "$data/assets/icons/mobi2070-64.png"
timeout 3 "$game" --data-dir "$data" --user-dir "$out/broken-user" --mute --windowed >"$log" 2>&1
code=$?
[ "$code" -eq 124 ] || [ "$code" -eq 0 ] || { echo "FAILED: no window icon stopped the game (exit $code)"; cat "$log"; failed=1; }
names "$data/assets/icons/mobi2070-64.png"

# No vault file: the vault says so, with the path, instead of an empty door.
fresh_copy
rm "$data/levels/vault.xml"
"$game" --data-dir "$data" --user-dir "$out/broken-user" --screenshot vault "$out/broken-no-vault.png" >"$log" 2>&1 \
    || { echo "FAILED: no vault file stopped the game"; cat "$log"; failed=1; }
names "vault.xml"

# No fonts at all: nothing can be shown, so the game stops and names the folder.
fresh_copy
rm "$data"/assets/fonts/*.ttf "$data"/assets/fonts/*.otf
if "$game" --data-dir "$data" --user-dir "$out/broken-user" --screenshot title "$out/broken-no-font.png" >"$log" 2>&1; then
    echo "FAILED: the game claimed success without any font"
    failed=1
fi
names "$data/assets/fonts"

rm -rf "$data"  # the PNGs stay in OUTDIR to look at
exit $failed
