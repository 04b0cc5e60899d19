#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Command-line behaviour of the real executable (no display needed).
#   cli.sh MOBI2070 SCRIPTS_DIR
set -u
game="$1" scripts="$2"
failed=0
expect() { # expect CODE DESCRIPTION -- command...
    code=$1 what=$2
    shift 3
    "$@" >/tmp/mobi_cli_out.$$ 2>&1
    got=$?
    if [ "$got" -ne "$code" ]; then
        echo "FAILED: $what: expected exit $code, got $got"
        cat /tmp/mobi_cli_out.$$
        failed=1
    fi
}
expect 0 "--help" -- "$game" --help
expect 0 "--version" -- "$game" --version
expect 2 "an unknown flag" -- "$game" --frobnicate
expect 2 "--screenshot without a file" -- "$game" --screenshot menu
expect 0 "--check-data" -- "$game" --check-data
expect 1 "--check-data on a folder without data" -- "$game" --check-data --data-dir /nonexistent
grep -q "cannot find the game data" /tmp/mobi_cli_out.$$ || { echo "FAILED: no clear message for a missing data folder"; failed=1; }
expect 2 "--unknown flag message" -- "$game" --frobnicate
grep -q -- "--frobnicate" /tmp/mobi_cli_out.$$ || { echo "FAILED: the unknown flag is not named"; failed=1; }
for scene in title profiles menu levelmap settings; do
    "$game" --list-scenes | grep -qx "$scene" || { echo "FAILED: --list-scenes lacks $scene"; failed=1; }
done
"$game" --help | grep -q -- "--screenshot SCENE OUT.png" || { echo "FAILED: --help lacks --screenshot"; failed=1; }
# Headless runs: each level's winning script wins, twice with the same hash.
for level in mine factory journey pocket drawer rebirth; do
    first=$("$game" --headless --level "$level" --input "$scripts/${level}_win.txt" --seed 7)
    second=$("$game" --headless --level "$level" --input "$scripts/${level}_win.txt" --seed 7)
    echo "$first"
    case "$first" in
        "level=$level outcome=won steps="*" hash="*) ;;
        *) echo "FAILED: $level: expected outcome=won, got: $first"; failed=1 ;;
    esac
    [ "$first" = "$second" ] || { echo "FAILED: $level: two runs differ: $first / $second"; failed=1; }
done
# The class versions (--class, a short class session): each level's class
# script (its winning one where the class version only asks less) wins, and
# where the class version is shorter, in fewer steps than the full level (a
# class script, saying "option version class", plays the class version even
# without --class; the unit tests check it does not win the whole level).
steps_of() { echo "$1" | sed -n 's/.* steps=\([0-9]*\) .*/\1/p'; }
for level in mine factory journey pocket drawer rebirth; do
    script="$scripts/${level}_class.txt"
    [ -f "$script" ] || script="$scripts/${level}_win.txt"
    class=$("$game" --headless --class --level "$level" --input "$script" --seed 7)
    full=$("$game" --headless --level "$level" --input "$scripts/${level}_win.txt" --seed 7)
    echo "class version: $class ($(($(steps_of "$class") / 60)) s of play)"
    case "$class" in
        "level=$level outcome=won steps="*) ;;
        *) echo "FAILED: $level: the class version is not won by $script: $class"; failed=1 ;;
    esac
    case "$level" in factory | drawer) continue ;; esac # their class version is the 6–8 one
    [ "$(steps_of "$class")" -lt "$(steps_of "$full")" ] ||
        { echo "FAILED: $level: the class version is not shorter: $class / $full"; failed=1; }
done
"$game" --headless --class --class-session full --level mine --input "$scripts/mine_win.txt" --seed 7 |
    grep -q "steps=$(steps_of "$("$game" --headless --level mine --input "$scripts/mine_win.txt" --seed 7)") " ||
    { echo "FAILED: --class-session full does not play the whole level"; failed=1; }
expect 2 "--class-session with an unknown length" -- "$game" --class-session long
grep -q -- "--class-session expects short or full" /tmp/mobi_cli_out.$$ ||
    { echo "FAILED: no clear message for an unknown class session"; failed=1; }
expect 1 "--headless on a level that does not exist" -- "$game" --headless --level nosuch
grep -q "nosuch: unknown level (levels: mine factory journey pocket drawer rebirth)" /tmp/mobi_cli_out.$$ ||
    { echo "FAILED: no clear message for an unknown level"; failed=1; }
# A school's system configuration: checked by --check-data, named with file:line.
conf=/tmp/mobi_cli_system.$$.xml
printf '<system version="1" class="true"\n        kioks="true"/>\n' >"$conf"
expect 1 "--check-data with a misspelt system configuration" -- "$game" --check-data --system-config "$conf"
grep -q "$conf:2: .*kioks" /tmp/mobi_cli_out.$$ || { echo "FAILED: the misspelt attribute is not named with file:line"; failed=1; }
printf '<system version="1" class="true" language="en"/>\n' >"$conf"
expect 0 "--check-data with a good system configuration" -- "$game" --check-data --system-config "$conf"
grep -q "system configuration: $conf" /tmp/mobi_cli_out.$$ || { echo "FAILED: --check-data does not say which system configuration it read"; failed=1; }
expect 1 "--check-data with a missing system configuration" -- "$game" --check-data --system-config /nonexistent/system.xml
grep -q "/nonexistent/system.xml: no such file" /tmp/mobi_cli_out.$$ || { echo "FAILED: a missing system configuration is not named"; failed=1; }
# A level whose polygon has no area (corners on one line): named with file:line, exit 1, no Box2D assertion.
data=/tmp/mobi_cli_data.$$
src=$(dirname "$0")/../..
mkdir -p "$data" && cp -r "$src/assets" "$src/levels" "$src/locale" "$data/"
sed -i 's|<polygon points="5.3,16.1 10.0,16.1 8.9,15.3 6.5,15.3"/>|<polygon points="5,15 6,16 7,17"/>|' "$data/levels/01_mine.xml"
line=$(grep -n '<polygon points="5,15 6,16 7,17"/>' "$data/levels/01_mine.xml" | cut -d: -f1)
expect 1 "--check-data with a polygon without area" -- "$game" --check-data --data-dir "$data"
grep -q "01_mine.xml:$line: .*lie on one line" /tmp/mobi_cli_out.$$ ||
    { echo "FAILED: the flat polygon is not named with file:line"; cat /tmp/mobi_cli_out.$$; failed=1; }
# An option an input script asks for that the level does not have.
printf 'option mine urbanx\n10 end\n' >"$data/bad_option.txt"
expect 1 "--headless with an unknown choice option" -- "$game" --headless --level mine --input "$data/bad_option.txt"
grep -q "expected one of classic, responsible, urban" /tmp/mobi_cli_out.$$ ||
    { echo "FAILED: the unknown option is not named"; failed=1; }
# A script aiming at a body the level does not have: refused before play, with file:line.
printf '# aim\n10 pointer @bench.screw9\n20 end\n' >"$data/bad_aim.txt"
expect 1 "--headless with an aim at a missing body" -- "$game" --headless --level rebirth --input "$data/bad_aim.txt"
grep -q "bad_aim.txt:2: pointer @bench.screw9: expected the name of a body or zone" /tmp/mobi_cli_out.$$ ||
    { echo "FAILED: the aim at a missing body is not named with file:line"; cat /tmp/mobi_cli_out.$$; failed=1; }
rm -rf "$data"
rm -f /tmp/mobi_cli_out.$$ "$conf"
exit $failed
