#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end input: events files replayed into the real game in a real window
# (--events), through the same handling as a person's keys and mouse. Needs an
# X display: tools/test runs ctest under xvfb-run.
#   replays.sh MOBI2070 EVENTS_DIR SCRIPTS_DIR OUTDIR
# Each level's keyboard-only and mouse-only run must win, and give exactly the
# result (steps and state hash) of its input script played headless: the
# window path feeds the level the very same input as the script. Then the
# keys the on-screen words promise must act, and nothing may stay held.
set -u
game="$1" events="$2" scripts="$3" out="$4"
. "$(dirname "$0")/window_lib.sh"

replay() { # replay LEVEL EVENTS_FILE → stdout of the game
    user=$(mktemp -d "$out/user.XXXXXX")
    "$game" --user-dir "$user" --mute --seed 7 --start "intro:$1" --events "$2" 2>"$out/replay.err"
    code=$?
    rm -rf "$user"
    return $code
}

# name level script: the events file NAME.events was made from SCRIPT by tools/script-to-events.
for run in "mine_keys mine mine_win" "mine_mouse mine mine_mouse" "rebirth_keys rebirth rebirth_keys" \
           "rebirth_mouse rebirth rebirth_mouse" "factory_keys factory factory_keys" "factory_mouse factory factory_win" \
           "journey_keys journey journey_keys" "journey_mouse journey journey_win" \
           "pocket_keys pocket pocket_keys" "pocket_mouse pocket pocket_win" \
           "drawer_keys drawer drawer_keys" "drawer_mouse drawer drawer_detours"; do
    set -- $run
    start=$(date +%s)
    got=$(replay "$2" "$events/$1.events") || { fail "$1: the replay exited with an error"; cat "$out/replay.err"; }
    seconds=$(($(date +%s) - start))
    want=$("$game" --headless --level "$2" --input "$scripts/$3.txt" --seed 7)
    echo "$1: $got ($seconds s)"
    case "$got" in
        *"outcome=won"*) ;;
        *) fail "$1: the replay did not win: $got" ;;
    esac
    [ "$got" = "$want" ] || fail "$1: the window replay and the headless script differ: $got / $want"
    # The keyboard runs use no mouse event, and the mouse runs no key, once the level has started.
    case "$1" in
        *_keys) ! awk '$1 > 0' "$events/$1.events" | grep -q mouse || fail "$1: a keyboard-only run uses the mouse" ;;
        *_mouse) ! awk '$1 > 0' "$events/$1.events" | grep -q key- || fail "$1: a mouse-only run uses a key" ;;
    esac
done

# Holding → tilts the sieve; Space must act, not pause; a tap shorter than an
# image still reaches a step; the Pause button answers the mouse; Escape resumes.
lines=$(replay mine "$events/mine_space_and_hold.events") || fail "mine_space_and_hold: the replay exited with an error"
printf '%s\n' "$lines"
after_hold=$(line 1)
after_space=$(line 2)
after_tap=$(line 3)
paused=$(line 4)
resumed=$(line 5)
[ "$(field scenes "$after_space")" = "LevelMapScene>LevelScene" ] || fail "Space opened another scene: $after_space"
[ "$(field steps "$after_space")" = 220 ] || fail "the level did not run every step up to Space: $after_space"
[ "$(field tilt "$after_hold")" = "-34.0" ] || fail "holding → did not tilt the sieve all the way: $after_hold"
[ "$(field tilt "$after_tap")" = "-33.2" ] || fail "a tap of ← inside one frame did not reach a step: $after_tap"
case "$(field scenes "$paused")" in *PauseScene) ;; *) fail "a click on Pause did not pause: $paused" ;; esac
# Sober: under the pause card nothing moves, so the loop rests (no 60 redraws a second).
[ "$(field loop "$paused")" = resting ] || fail "a paused level keeps the loop redrawing: $paused"
[ "$(field loop "$after_space")" = running ] || fail "a level in play does not run the loop: $after_space"
[ "$(field scenes "$resumed")" = "LevelMapScene>LevelScene" ] || fail "Escape did not resume: $resumed"

# Held keys are let go when the pause menu covers the level and when the window loses the focus.
lines=$(replay mine "$events/mine_pause_held.events") || fail "mine_pause_held: the replay exited with an error"
printf '%s\n' "$lines"
resumed=$(line 1)
later=$(line 2)
unfocused=$(line 3)
refocused=$(line 4)
end=$(line 5)
[ "$(field tilt "$resumed")" = "$(field tilt "$later")" ] ||
    fail "→ released under the pause menu stayed held: tilt $(field tilt "$resumed") then $(field tilt "$later")"
[ "$(field tilt "$resumed")" != "0.0" ] || fail "→ held before the pause did not tilt the sieve: $resumed"
case "$(field scenes "$unfocused")" in *PauseScene) ;; *) fail "losing the focus did not pause: $unfocused" ;; esac
[ "$(field tilt "$refocused")" = "$(field tilt "$end")" ] ||
    fail "← held when the focus was lost stayed held: tilt $(field tilt "$refocused") then $(field tilt "$end")"

# The focus lost and found within one frame (as X servers do when the window opens) does not pause.
line=$(replay mine "$events/mine_focus_blink.events") || fail "mine_focus_blink: the replay exited with an error"
printf '%s\n' "$line"
[ "$(field scenes "$line")" = "LevelMapScene>LevelScene" ] || fail "a focus blink as the window opens paused the level: $line"

# A choice kept in the saved profile reaches a later level through the window:
# L'Usine glued this player's phone, so La Renaissance has no screws to turn.
user=$(mktemp -d "$out/user.XXXXXX")
cp "$events/../data/saves/glued/"*.xml "$user/"
line=$("$game" --user-dir "$user" --mute --seed 7 --start intro:rebirth --events "$events/rebirth_glued_start.events" 2>"$out/replay.err") ||
    fail "rebirth_glued_start: the replay exited with an error"
rm -rf "$user"
printf '%s\n' "$line"
[ "$(field assembly "$line")" = glue ] || fail "La Renaissance did not read the glued phone from the profile: $line"

# The vault before any digit is earned: Open tells the child which level gives the first one.
user=$(mktemp -d "$out/user.XXXXXX")
line=$("$game" --user-dir "$user" --mute --start vault --events "$events/vault_missing.events" 2>"$out/replay.err" | tail -n 1) ||
    fail "vault_missing: the replay exited with an error"
rm -rf "$user"
printf '%s\n' "$line"
case "$(field message "$line")" in
    Il_te_manque_encore_le_chiffre_de_*La_Mine*) ;;
    *) fail "the vault did not tell the child which level's digit is missing: $line" ;;
esac

# A family starts one player's journey again from their page: the levels go, the player stays.
user=$(mktemp -d "$out/user.XXXXXX")
cp "$events/../data/saves/glued/"*.xml "$user/"
grep -q '<level id="factory" done="true"' "$user/profiles.xml" || fail "profile_restart: the save to start from has no level won"
lines=$("$game" --user-dir "$user" --mute --start profiles:edit --events "$events/profile_restart.events" 2>"$out/replay.err") ||
    fail "profile_restart: the replay exited with an error"
printf '%s\n' "$lines"
case "$(line 1)" in *"ProfileEditScene>ConfirmScene "*) ;; *) fail "Recommencer le voyage did not ask first: $lines" ;; esac
! grep -q '<level ' "$user/profiles.xml" || fail "the journey was not started again: $(cat "$user/profiles.xml")"
grep -q 'name="Inès"' "$user/profiles.xml" || fail "starting the journey again lost the player: $(cat "$user/profiles.xml")"
rm -rf "$user"

# The title calls for help until the vault is open and the promises made; then Léo writes back from 2070.
user=$(mktemp -d "$out/user.XXXXXX")
line=$("$game" --user-dir "$user" --mute --start title --events "$events/title_report.events" 2>"$out/replay.err" | head -n 1)
[ "$(field mail "$line")" = help ] || fail "a new machine's title does not show Léo's call for help: $line"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<settings version="1" language="fr"><promise id="keep_longer"/><promise id="bisou"/><promise id="case_film"/></settings>\n' >"$user/settings.xml"
line=$("$game" --user-dir "$user" --mute --start title --events "$events/title_report.events" 2>"$out/replay.err" | head -n 1)
printf '%s\n' "$line"
[ "$(field mail "$line")" = reply ] || fail "after the promises, the title still calls for help: $line"
rm -rf "$user"

# A class session keeps its progress apart: in class mode, with a child chosen last, a level won
# goes to the class's own player (class.xml), never into the child's journey.
user=$(mktemp -d "$out/user.XXXXXX")
cp "$events/../data/saves/glued/"*.xml "$user/"
line=$("$game" --user-dir "$user" --mute --seed 7 --class --start intro:pocket --events "$events/pocket_keys.events" 2>"$out/replay.err" | tail -n 1)
printf 'class mode: %s\n' "$line"
case "$line" in *"outcome=won"*) ;; *) fail "class mode: Dans ta poche was not won: $line" ;; esac
! grep -q '<level id="pocket"' "$user/profiles.xml" || fail "class mode wrote into a child's journey: $(cat "$user/profiles.xml")"
grep -q '<level id="mine" done="true"' "$user/profiles.xml" || fail "class mode lost a child's journey: $(cat "$user/profiles.xml")"
grep -q '<level id="pocket" done="true" digit="6"' "$user/class.xml" ||
    fail "the class's own player did not keep its level: $(cat "$user/class.xml" 2>&1)"
rm -rf "$user"

# The logbook speaks to a young reader in short words, sources under a fold a
# the keyboard opens and a click closes; an older player of code set B reads the
# fact set B's digit rests on, sources shown.
user=$(mktemp -d "$out/user.XXXXXX")
lines=$("$game" --user-dir "$user" --mute --start logbook:mine --events "$events/logbook_sources.events" 2>"$out/replay.err") ||
    fail "logbook_sources: the replay exited with an error"
rm -rf "$user"
printf '%s\n' "$lines"
first=$(line 1)
opened=$(line 2)
closed=$(line 3)
[ "$(field key_text "$first")" = logbook.mine.key.young ] || fail "a young reader's logbook is not in short words: $first"
[ "$(field sources "$first")" = folded ] || fail "a young reader's logbook shows the sources unasked: $first"
[ "$(field sources "$opened")" = shown ] || fail "Tab and Space on the fold did not show the sources: $opened"
[ "$(field sources "$closed")" = folded ] || fail "a click on the fold did not hide the sources: $closed"
user=$(mktemp -d "$out/user.XXXXXX")
cp "$events/../data/layout/progress/"*.xml "$user/"
sed -i 's/<profile slot="0" /<profile slot="0" codeSet="B" /' "$user/profiles.xml"
line=$(printf '0 end\n' | "$game" --user-dir "$user" --mute --start logbook:rebirth --events /dev/stdin 2>"$out/replay.err") ||
    fail "logbook set B: the replay exited with an error"
rm -rf "$user"
printf '%s\n' "$line"
[ "$(field key_text "$line")" = logbook.B.rebirth ] && [ "$(field fact "$line")" = R8 ] && [ "$(field digit "$line")" = 5 ] ||
    fail "code set B's logbook does not state the fact its digit rests on: $line"
[ "$(field sources "$line")" = shown ] || fail "an older player's logbook hides the sources: $line"

# The class quiz: after R and Space, nothing of the answer stays under the next
# question; the end card does not keep the last question.
# A held Space presses once: the window's repeats of it press nothing more;
# released and pressed again, it presses the next screen's button.
user=$(mktemp -d "$out/user.XXXXXX")
lines=$("$game" --user-dir "$user" --mute --seed 7 --start menu --events "$events/space_held_repeats.events" \
    2>"$out/replay.err") || fail "space_held_repeats: the replay exited with an error"
rm -rf "$user"
printf '%s\n' "$lines"
once=$(line 1)
held=$(line 2)
again=$(line 3)
[ "$(field scenes "$once")" = "MenuScene>LevelMapScene" ] || fail "Space did not open the level map: $once"
[ "$(field scenes "$held")" = "MenuScene>LevelMapScene" ] || fail "a held Space's repeats pressed on: $held"
[ "$(field scenes "$again")" = "MenuScene>LevelMapScene>LevelIntroScene" ] ||
    fail "Space pressed again did not press the level map's button: $again"

user=$(mktemp -d "$out/user.XXXXXX")
lines=$("$game" --user-dir "$user" --mute --class --seed 7 --start quiz:vote --events "$events/quiz_vote_next.events" 2>"$out/replay.err") ||
    fail "quiz_vote_next: the replay exited with an error"
rm -rf "$user"
printf '%s\n' "$lines"
revealed=$(line 1)
second=$(line 2)
end=$(line 3)
[ "$(field explanation "$revealed")" = shown ] || fail "R did not reveal the explanation: $revealed"
[ "$(field phase "$second")" = asking ] && [ "$(field question "$second")" = 2/8 ] ||
    fail "Space did not go on to the second question: $second"
[ "$(field explanation "$second")" = none ] || fail "the last explanation stays under the next question: $second"
[ "$(field phase "$end")" = end ] || fail "R and Space through eight questions did not reach the end: $end"
[ "$(field question_text "$end")" = none ] || fail "the end card keeps the last question: $end"

# A short class session through the teacher's keys: the class version (8
# nuggets), P and the skip to the vote (nothing won), the information card and
# logbook page, the one vote question (La Mine's "metals"), R, Space, the map.
# A full session (--class-session full) votes on the level's whole quiz instead.
class_session() { # class_session LENGTH: the report lines
    user=$(mktemp -d "$out/user.XXXXXX")
    "$game" --user-dir "$user" --mute --class --class-session "$1" --seed 7 --start intro:mine \
        --events "$events/class_session.events" 2>"$out/replay.err" || fail "class_session $1: the replay exited with an error"
    grep -q 'id="mine" done="true"' "$user/class.xml" 2>/dev/null && fail "class_session $1: a skipped level was kept as won: $(cat "$user/class.xml")"
    rm -rf "$user"
}
lines=$(class_session short)
printf '%s\n' "$lines"
[ "$(field scenes "$(line 1)")" = "LevelMapScene>LevelIntroScene" ] || fail "class session: not on La Mine's intro card: $(line 1)"
[ "$(field nuggets "$(line 2)")" = 0/8 ] || fail "class session: Enter did not start the class version (8 nuggets): $(line 2)"
[ "$(field scenes "$(line 3)")" = "LevelMapScene>LevelScene>PauseScene" ] || fail "class session: P did not pause: $(line 3)"
[ "$(field page "$(line 4)")" = info ] || fail "class session: the skip did not go to the information card: $(line 4)"
[ "$(field page "$(line 5)")" = logbook ] || fail "class session: Enter did not go on to the logbook page: $(line 5)"
[ "$(field question "$(line 6)")" = 1/1 ] && [ "$(field id "$(line 6)")" = metals ] ||
    fail "class session: not the one class vote question: $(line 6)"
[ "$(field explanation "$(line 7)")" = shown ] || fail "class session: R did not reveal: $(line 7)"
[ "$(field phase "$(line 8)")" = end ] || fail "class session: Space after the one question did not end the vote: $(line 8)"
[ "$(field scenes "$(line 9)")" = "MenuScene>LevelMapScene" ] || fail "class session: the vote's end did not go back to the map: $(line 9)"
lines=$(class_session full)
[ "$(field nuggets "$(line 2)")" = 0/12 ] || fail "full class session: not the whole level (12 nuggets): $(line 2)"
[ "$(field question "$(line 6)")" = 1/4 ] || fail "full class session: not the level's whole quiz: $(line 6)"

# The debate: a short class session keeps one card to debate (feelings, learned, one, the promises).
printf '0 report\n1 end\n' >"$out/report.events"
for length in short:4 full:7; do
    user=$(mktemp -d "$out/user.XXXXXX")
    debate=$("$game" --user-dir "$user" --mute --class --class-session "${length%%:*}" --start debate \
        --events "$out/report.events" 2>"$out/replay.err" | sed -n 1p)
    rm -rf "$user"
    [ "$(field card "$debate")" = "1/${length##*:}" ] || fail "the ${length%%:*} class session's debate: $debate"
done

# An events file aiming at a body the level on screen lacks stops with file:line and exit 1.
printf '0 key-down Return\n0 key-up Return\n10 mouse-move @bench.screw9\n20 end\n' >"$out/bad_aim.events"
user=$(mktemp -d "$out/user.XXXXXX")
if "$game" --user-dir "$user" --mute --start intro:rebirth --events "$out/bad_aim.events" >"$out/bad_aim.txt" 2>&1; then
    fail "an events file aiming at a missing body was played to its end"
fi
rm -rf "$user"
grep -q "bad_aim.events:3: @bench.screw9: expected a body or zone" "$out/bad_aim.txt" ||
    { fail "the aim at a missing body is not named with file:line"; cat "$out/bad_aim.txt"; }

# A broken events file is named with its line, and nothing starts.
printf '0 key-down Return\n5 key-down Flubber\n3 mouse-move 1 2\n' >"$out/broken.events"
if "$game" --user-dir "$out" --mute --events "$out/broken.events" >"$out/broken.txt" 2>&1; then
    fail "a broken events file was accepted"
fi
grep -q "broken.events:2: .*Flubber" "$out/broken.txt" || { fail "an unknown key is not named with file:line"; cat "$out/broken.txt"; }
grep -q "broken.events:3: expected steps in order" "$out/broken.txt" || fail "steps out of order are not named with file:line"
exit $failed
