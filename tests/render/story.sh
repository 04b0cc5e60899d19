#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole story, played as a child plays it, through the real window's
# events (fast-forwarded): one new player, young, plays the six levels in
# order from their winning event files; the saved profile is checked after
# each for its level won and its vault digit; then, on the vault screen, the
# six earned digits are dragged onto their dials and it opens; the reply to
# Léo is chosen and sent; the debate's cards turn; three promises are kept;
# the title then shows Léo's answer from 2070 and the promises. For code set
# A (5-3-4-6-2-8) and set B (7-8-4-3-1-5). Needs an X display (tools/test).
#   story.sh MOBI2070 EVENTS_DIR OUTDIR
set -u
game="$1" events="$2" out="$3"
. "$(dirname "$0")/window_lib.sh"

for run in "A 534628" "B 784315"; do
    set -- $run
    set_id=$1 digits=$2
    user=$(mktemp -d "$out/user.XXXXXX")
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<settings version="1" language="fr" lastProfile="0" codeSet="%s"/>\n' \
        "$set_id" >"$user/settings.xml"
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<profiles version="2">\n    <profile slot="0" name="Zoé" age="6-8" colour="1" codeSet="%s"/>\n</profiles>\n' \
        "$set_id" >"$user/profiles.xml"
    i=0
    # Mouse and keyboard runs alternate, as children do.
    for play in mine_mouse factory_keys journey_mouse pocket_keys drawer_mouse rebirth_keys; do
        level=${play%_*}
        i=$((i + 1))
        digit=$(printf '%s' "$digits" | cut -c"$i")
        line=$("$game" --user-dir "$user" --mute --seed 7 --start "intro:$level" --events "$events/$play.events" \
            2>"$out/story.err" | tail -n 1) || fail "set $set_id, $level: the replay exited with an error"
        echo "set $set_id, $level: $line"
        case "$line" in *"outcome=won"*) ;; *) fail "set $set_id, $level: not won: $line" ;; esac
        grep -q "<level id=\"$level\" done=\"true\" digit=\"$digit\"" "$user/profiles.xml" ||
            fail "set $set_id, $level: the saved profile lacks its digit $digit: $(grep "id=\"$level\"" "$user/profiles.xml")"
    done
    lines=$("$game" --user-dir "$user" --mute --start vault --events "$events/story_vault.events" 2>"$out/story.err") ||
        fail "set $set_id, the vault: the replay exited with an error"
    printf '%s\n' "$lines" | sed "s/^/set $set_id, the vault: /"
    opened=$(printf '%s\n' "$lines" | sed -n 1p)
    sent=$(printf '%s\n' "$lines" | sed -n 5p)
    title=$(printf '%s\n' "$lines" | tail -n 1)
    [ "$(field vault "$opened")" = opening ] || fail "set $set_id: the earned digits did not open the vault: $opened"
    [ "$(field vault "$sent")" = sent ] || fail "set $set_id: the reply to Léo was not sent: $sent"
    [ "$(field reply "$sent")" = "1,3" ] || fail "set $set_id: the reply is not the sentences chosen: $sent"
    case "$(field scenes "$title")" in TitleScene) ;; *) fail "set $set_id: keeping the promises did not lead to the title: $title" ;; esac
    [ "$(field mail "$title")" = reply ] || fail "set $set_id: the title still calls for help: $title"
    [ "$(field promises_shown "$title")" = 3 ] || fail "set $set_id: the title does not show the three promises: $title"
    [ "$(grep -c '<promise id=' "$user/settings.xml")" = 3 ] || fail "set $set_id: three promises are not saved: $(cat "$user/settings.xml")"
    rm -rf "$user"
done
[ "$failed" = 0 ] && echo "story: every stage's digit earned, the vault opened, Léo answered, for sets A and B"
exit "$failed"
