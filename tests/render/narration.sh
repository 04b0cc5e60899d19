#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Mobi reads aloud, through the real game: every screen that issue 21 lists
# offers its text to the narrator and is read (a .wav of a plausible length);
# for a player of 6–8 La Mine's intro card is read as it appears and the word
# lit moves on with the speech, F1 reads again, leaving the card stops the
# voice; for 9–12 only the speaker button reads it; missing voice data is
# said on stderr and the game goes on. Needs an X display (xvfb-run).
#   narration.sh MOBI2070 SOURCE_DIR OUTDIR
set -u
game="$1" src="$2" out="$3"
. "$(dirname "$0")/window_lib.sh"

# A user folder with two players, Léa (6–8) and Tom (9–12); $2: who played last.
players() { # players DIR SLOT [PROMISES]
    mkdir -p "$1"
    cat >"$1/profiles.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<profiles version="1">
    <profile slot="0" name="Léa" age="6-8" colour="3"/>
    <profile slot="1" name="Tom" age="9-12" colour="1"/>
</profiles>
XML
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<settings version="1" lastProfile="%s">%s</settings>\n' \
        "$2" "${3:-}" >"$1/settings.xml"
}

# speech LINE → its seconds, when the line says speech=… seconds=S words=N with N > 0.
spoken() { # spoken NAME OUTPUT: checks the speech line, prints its seconds
    line=$(printf '%s\n' "$2" | grep '^speech=')
    words=$(field words "$line")
    seconds=$(field seconds "$line")
    if [ -z "$line" ] || [ "${words:-0}" -lt 3 ]; then
        fail "$1: nothing was read aloud: $2"
        return
    fi
    # At least a second and at most three minutes of speech for a screen.
    awk -v s="$seconds" 'BEGIN { exit !(s >= 1 && s <= 180) }' || fail "$1: $seconds s of speech is not plausible"
    echo "$1: $words words, $seconds s"
}

# 1. Every screen of the list, in French and English: what it offers is read.
user="$out/every"
promise='<promise id="keep_longer"/>'
for lang in fr en; do
    for scene in prologue intro:mine level:mine info:mine logbook:mine quiz:mine quiz:feedback vault vault:code \
                 debate debate:promises vault:open vault:reply title:reply level:end; do
        rm -rf "$user"
        players "$user" 0
        shot="$scene" extra=""
        case "$scene" in
            title:reply) shot=title; players "$user" 0 "$promise" ;; # Léo's answer, after the promises
            level:end) shot=level:mine; extra="--input $src/tests/scripts/mine_win.txt --steps 7700" ;;
            vault:open) extra="--steps 600" ;; # past the opening, to what the vault held
        esac
        name="$lang-$(echo "$scene" | tr : _)"
        # shellcheck disable=SC2086 # $extra is a list of arguments
        got=$("$game" --user-dir "$user" --lang "$lang" --seed 7 --read-aloud on --screenshot "$shot" \
            "$out/$name.png" --steps 90 $extra --speech-out "$out/$name.wav" 2>"$out/$name.err") ||
            { fail "$name: the screenshot failed"; cat "$out/$name.err"; }
        spoken "$name" "$got"
    done
done

# The word being said is drawn.
rm -rf "$user"; players "$user" 1
# Two moments of the same reading: only the word lit differs between them.
"$game" --user-dir "$user" --seed 7 --read-aloud on --screenshot intro:mine "$out/lit-2s.png" --steps 120 2>/dev/null
"$game" --user-dir "$user" --seed 7 --read-aloud on --screenshot intro:mine "$out/lit-5s.png" --steps 300 2>/dev/null
! cmp -s "$out/lit-2s.png" "$out/lit-5s.png" || fail "the word being read is not drawn (lit-2s.png = lit-5s.png)"

# 2. Léa (6–8): La Mine's card is read as it appears, word after word; F1 reads it again; leaving stops it.
replay() { # replay USERDIR EVENTS [ARGS] → the reports
    dir="$1" events="$2"
    shift 2
    "$game" --user-dir "$dir" --mute --seed 7 --start intro:mine --events "$events" "$@" 2>"$out/replay.err"
}
word() { field word "$1" | cut -d/ -f1; }
for lang in fr en; do
    rm -rf "$user"; players "$user" 0
    lines=$(replay "$user" "$src/tests/events/narration_intro.events" --lang "$lang" --speech-out "$out/intro-$lang.wav") ||
        { fail "narration_intro ($lang): the replay failed"; cat "$out/replay.err"; }
    printf '%s\n' "$lines"
    at0=$(line 1) at90=$(line 2) at180=$(line 3) again=$(line 4) left=$(line 5)
    [ "$(field voice "$at0")" = reading ] || fail "$lang: the card is not read as it appears for a 6–8 player: $at0"
    [ "$(word "$at90")" -gt "$(word "$at0")" ] 2>/dev/null || fail "$lang: the word lit does not move on: $at0 / $at90"
    [ "$(word "$at180")" -gt "$(word "$at90")" ] 2>/dev/null || fail "$lang: the word lit does not move on: $at90 / $at180"
    [ "$(word "$again")" -lt "$(word "$at180")" ] 2>/dev/null || fail "$lang: F1 did not read from the start again: $again"
    [ "$(field voice "$left")" = quiet ] || fail "$lang: leaving the card did not stop the voice: $left"
    spoken "intro-$lang" "$(printf '%s\n' "$lines" | grep '^speech=')"
done

# 3. Tom (9–12): not read on arrival; a click on the speaker button reads it.
rm -rf "$user"; players "$user" 1
lines=$(replay "$user" "$src/tests/events/narration_older.events") || fail "narration_older: the replay failed"
printf '%s\n' "$lines"
[ "$(field voice "$(line 1)")" = quiet ] || fail "a 9–12 player's card was read on arrival"
[ "$(field voice "$(line 2)")" = reading ] || fail "the speaker button did not read the card"

# 4. In class mode, Auto leaves it to the teacher: not read on arrival.
rm -rf "$user"; players "$user" 0
lines=$(replay "$user" "$src/tests/events/narration_older.events" --class) || fail "class: the replay failed"
[ "$(field voice "$(line 1)")" = quiet ] || fail "class mode read a card on arrival by itself"

# 5. Voice data that is not there: said once on stderr, the game goes on, silent.
rm -rf "$user"; players "$user" 0
"$game" --user-dir "$user" --voice-data /nonexistent/voices --read-aloud on --screenshot intro:mine "$out/novoice.png" \
    2>"$out/novoice.err" || fail "the game did not go on without voice data"
grep -q "/nonexistent/voices/espeak-ng-data.*Mobi will not read aloud" "$out/novoice.err" ||
    fail "missing voice data was not said: $(cat "$out/novoice.err")"
[ -s "$out/novoice.png" ] || fail "no screenshot without voice data"

[ "$failed" = 0 ] && echo "narration: every screen read, the word lit follows the speech"
exit "$failed"
