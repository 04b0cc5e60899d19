#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Render test: a screenshot of every scene of --list-scenes, in French and in
# English, each a non-blank 1280x720 PNG, and each language's image different
# from the other's (so the language really switched). Needs an X display:
# tools/test runs ctest under xvfb-run.
#   screenshots.sh MOBI2070 PNG_CHECK OUTDIR
set -u
game="$1" check="$2" out="$3"
if [ -z "${DISPLAY:-}" ]; then
    echo "no X display: run under xvfb-run (tools/test does)"
    exit 77
fi
mkdir -p "$out"
user="$out/user"
rm -rf "$user"
failed=0
scenes=$("$game" --list-scenes) || exit 1
for scene in $scenes; do
    file=$(echo "$scene" | tr ':' '_')
    for lang in fr en; do
        png="$out/$file-$lang.png"
        if ! "$game" --user-dir "$user" --lang "$lang" --mute --screenshot "$scene" "$png" --steps 600; then
            echo "FAILED: --screenshot $scene in $lang"
            failed=1
            continue
        fi
        "$check" "$png" 1280 720 || failed=1
    done
    "$check" --differ "$out/$file-fr.png" "$out/$file-en.png" || failed=1
    # A level's own world, under the top band and left of the hint: drawn, not
    # only its HUD (an empty view would leave the paper there).
    case "$scene" in
        level:*) "$check" --region "$out/$file-fr.png" 300 90 420 400 || failed=1 ;;
    esac
done
# The user folder of a screenshot run stays untouched.
if [ -e "$user/settings.xml" ] || [ -e "$user/profiles.xml" ]; then
    echo "FAILED: a screenshot wrote into the user folder"
    failed=1
fi
exit $failed
