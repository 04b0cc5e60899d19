#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Robustness: every file of the user folder overwritten with garbage. The game
# must still start, keep the garbage aside (*.corrupt-*), and lose nothing.
#   corrupt_saves.sh MOBI2070 OUTDIR
set -u
game="$1" out="$2"
if [ -z "${DISPLAY:-}" ]; then
    echo "no X display: run under xvfb-run (tools/test does)"
    exit 77
fi
user="$out/corrupt-user"
rm -rf "$user"
mkdir -p "$user"
for f in settings.xml settings.xml.bak profiles.xml profiles.xml.bak; do
    head -c 3000 /dev/urandom > "$user/$f"
done
cp "$user/profiles.xml" "$out/garbage-profiles.xml"
# Play mode for three seconds, then stop it: saves are checked at start-up.
timeout 3 "$game" --user-dir "$user" --mute --windowed
code=$?
if [ "$code" -ne 124 ] && [ "$code" -ne 0 ]; then
    echo "FAILED: the game exited with $code on a garbage user folder"
    exit 1
fi
aside=$(ls "$user" | grep -c 'corrupt-')
if [ "$aside" -lt 4 ]; then
    echo "FAILED: expected the 4 damaged files set aside, found $aside:"
    ls -la "$user"
    exit 1
fi
# The garbage itself is kept, byte for byte.
if ! cmp -s "$out/garbage-profiles.xml" "$user"/profiles.xml.corrupt-*; then
    echo "FAILED: the damaged profiles.xml was not kept unchanged"
    exit 1
fi
echo "garbage set aside: $(ls "$user" | tr '\n' ' ')"
exit 0
