#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Layout: every scene of --list-scenes, in French and English, at the default
# setting, in class mode, at the largest text size, and in OpenDyslexic with
# capitals, for a new player and for one well into the game: no text out of
# its box, nothing overlapping (--check-layout). Then the levels mid-play, and
# a broken case that must be caught. Needs an X display (fonts are textures).
#   layouts.sh MOBI2070 SOURCE_DIR OUTDIR
set -u
game="$1" src="$2" out="$3"
if [ -z "${DISPLAY:-}" ]; then
    echo "no X display: run under xvfb-run (tools/test does)"
    exit 77
fi
mkdir -p "$out"
failed=0
fresh="$out/fresh-user"
rm -rf "$fresh" && mkdir -p "$fresh"
progress="$src/tests/data/layout/progress"
check() { # check WHAT ARGS... : --check-layout with ARGS, its problems shown
    what=$1
    shift
    if ! "$game" --mute "$@" >"$out/layout.txt" 2>"$out/layout.err"; then
        echo "FAILED: $what"
        grep -v "scenes\? checked" "$out/layout.txt" | head -n 40
        cat "$out/layout.err"
        failed=1
    fi
}
for user in "$fresh" "$progress"; do
    for lang in fr en; do
        # The hardest: the largest size in OpenDyslexic capitals, and class mode at the largest size.
        for setting in "" "--class" "--text-size 3" "--font opendyslexic --uppercase" \
                       "--text-size 3 --font opendyslexic --uppercase" "--class --text-size 3"; do
            # shellcheck disable=SC2086  # the setting is meant to split into flags
            check "layout of every scene, $lang ${setting:-default}, user $(basename "$user")" \
                --user-dir "$user" --lang "$lang" $setting --check-layout all --steps 600
        done
    done
done
# The levels while they are played: each phase of La Renaissance, La Mine filling up,
# L'Usine's phone taking shape, each way of Le Grand Voyage.
for setting in "" "--class" "--text-size 3"; do
    for steps in 300 1500 4000 8000; do # 8000: the end panel
        # shellcheck disable=SC2086
        check "La Mine at step $steps ${setting:-default}" --user-dir "$fresh" $setting --check-layout level:mine \
            --steps "$steps" --input "$src/tests/scripts/mine_win.txt" --seed 7
    done
    for steps in 30 200 470 900; do # 30: the first cue; 900: the end panel
        # shellcheck disable=SC2086
        check "L'Usine at step $steps ${setting:-default}" --user-dir "$fresh" $setting --check-layout level:factory \
            --steps "$steps" --input "$src/tests/scripts/factory_win.txt" --seed 7
    done
    # The map, loading the ship, at sea, the plane's hold, loading the train, the ride, the end panel.
    for steps in 10 300 1100 1900 2700 4400 4640; do
        # shellcheck disable=SC2086
        check "Le Grand Voyage at step $steps ${setting:-default}" --user-dir "$fresh" $setting \
            --check-layout level:journey --steps "$steps" --input "$src/tests/scripts/journey_win.txt" --seed 7
    done
    # The controls at their worst, the pipes full, the centre hot; then cooled; the end panel.
    for steps in 30 2400 6000; do
        # shellcheck disable=SC2086
        check "Dans ta poche left alone at step $steps ${setting:-default}" --user-dir "$fresh" $setting \
            --check-layout level:pocket --steps "$steps" --input "$src/tests/scripts/pocket_idle.txt" --seed 7
    done
    for steps in 2400 8510; do
        # shellcheck disable=SC2086
        check "Dans ta poche at step $steps ${setting:-default}" --user-dir "$fresh" $setting \
            --check-layout level:pocket --steps "$steps" --input "$src/tests/scripts/pocket_win.txt" --seed 7
    done
    # The drawer and its cue, aiming, the boat's tracker, back from the bin, the end panel.
    for steps in 20 130 500 930 2750; do
        # shellcheck disable=SC2086
        check "Le Tiroir at step $steps ${setting:-default}" --user-dir "$fresh" $setting \
            --check-layout level:drawer --steps "$steps" --input "$src/tests/scripts/drawer_detours.txt" --seed 7
    done
    for steps in 300 600 1500 5300 5800; do # 5800: the end panel
        # shellcheck disable=SC2086
        check "La Renaissance at step $steps ${setting:-default}" --user-dir "$fresh" $setting \
            --check-layout level:rebirth --steps "$steps" --input "$src/tests/scripts/rebirth_mouse.txt" --seed 7
    done
done
# The largest text in OpenDyslexic capitals, as a child with dyslexia may play: the two
# newest levels while played (their end panels, like the older levels', do not fit yet).
for lang in fr en; do
    for steps in 10 1100 1900; do
        check "Le Grand Voyage at step $steps, $lang, text size 3 in OpenDyslexic capitals" --user-dir "$fresh" \
            --lang "$lang" --text-size 3 --font opendyslexic --uppercase --check-layout level:journey \
            --steps "$steps" --input "$src/tests/scripts/journey_win.txt" --seed 7
    done
    for steps in 10 2400 6000; do
        check "Dans ta poche at step $steps, $lang, text size 3 in OpenDyslexic capitals" --user-dir "$fresh" \
            --lang "$lang" --text-size 3 --font opendyslexic --uppercase --check-layout level:pocket \
            --steps "$steps" --input "$src/tests/scripts/pocket_idle.txt" --seed 7
    done
    for steps in 20 130 500 930; do
        check "Le Tiroir at step $steps, $lang, text size 3 in OpenDyslexic capitals" --user-dir "$fresh" \
            --lang "$lang" --text-size 3 --font opendyslexic --uppercase --check-layout level:drawer \
            --steps "$steps" --input "$src/tests/scripts/drawer_detours.txt" --seed 7
    done
done
# A player's page with a journey under way: three buttons, one to start it again.
saved="$out/saved-user"
mkdir -p "$saved"
cp "$src/tests/data/saves/glued/"*.xml "$saved/"
for setting in "" "--class" "--text-size 3" "--lang en --text-size 3 --font opendyslexic --uppercase"; do
    # shellcheck disable=SC2086
    check "a player's page with a journey ${setting:-default}" --user-dir "$saved" $setting --check-layout profiles:edit
done
# The title once the promises are made: Léo's reply from 2070, the promises in it and beside it.
replied="$out/replied-user"
mkdir -p "$replied"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<settings version="1" language="fr"><promise id="keep_longer"/><promise id="bisou"/><promise id="case_film"/></settings>\n' >"$replied/settings.xml"
for setting in "" "--class" "--text-size 3" "--lang en --text-size 3 --font opendyslexic --uppercase"; do
    # shellcheck disable=SC2086
    check "the title after the vault ${setting:-default}" --user-dir "$replied" $setting --check-layout title
done
# The user folder of a layout check stays untouched.
if [ -n "$(ls -A "$fresh")" ]; then
    echo "FAILED: --check-layout wrote into the user folder"
    failed=1
fi

# The broken case: the menu's first button given a label far too long for it
# must be reported, with the text, and exit 1.
data="$out/broken-data"
rm -rf "$data" && mkdir -p "$data"
cp -r "$src/assets" "$src/levels" "$src/locale" "$data/"
long=$(cat "$src/tests/data/layout/too_long_label.txt")
sed -i "s|\(<string id=\"menu.play\"[^>]*>\)[^<]*<|\1$long<|" "$data/locale/fr.xml"
grep -q "$long" "$data/locale/fr.xml" || { echo "FAILED: the broken case was not made"; failed=1; }
if "$game" --mute --data-dir "$data" --user-dir "$fresh" --lang fr --check-layout menu >"$out/broken.txt" 2>&1; then
    echo "FAILED: --check-layout passed a label far too long for its button"
    failed=1
fi
grep -q "menu: overflow: text \"Un texte beaucoup trop long" "$out/broken.txt" ||
    { echo "FAILED: the overflowing label is not named"; cat "$out/broken.txt"; failed=1; }
exit $failed
