#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Architecture test: the shape of game/ that keeps the simulation testable
# without a display and the layers one-way. Checks, from the sources alone:
#  1. every game/**/*.cpp (but main.cpp) is in exactly one of CORE_SOURCES and
#     UI_SOURCES of game/CMakeLists.txt, and every listed file exists;
#  2. nothing a CORE_SOURCES file includes, directly or through its headers,
#     is SFML Graphics, Window or Audio (game_core links no SFML);
#  3. includes go one way, folder by folder (table below): the level rules never
#     reach the drawing, ui never reaches the scenes, content never the levels
#     (the teacher guide, which reads levels and quizzes, sits above in guide/).
# Known debts go in EXCEPTIONS ("file|folder|why", one a line; none today);
# one no longer needed fails the test too, so the list only shrinks.
#   architecture.sh GAME_DIR
set -u
game="${1:-$(dirname "$0")/../game}"
cd "$game" || exit 1
failed=0
fail() {
    echo "FAILED: $*"
    failed=1
}

# What each kind of file may include (top folders of game/). A level's View
# files (and the painter they share) draw, so they may use ui/.
allowed() {
    case "$1" in
    core) echo "core content" ;; # content/: DataError, XmlNode, LevelData only; both are the bottom layer
    content) echo "content core" ;;
    save) echo "save core content" ;;
    quiz) echo "quiz core content" ;;
    narration) echo "narration core content" ;; # Mobi's voice: text in, samples and word positions out; its table read as data
    vault) echo "vault core content save" ;;
    level-rules) echo "levels core content save" ;;
    guide) echo "guide core content levels quiz vault save" ;; # the teacher guide reads it all, draws nothing
    level-view) echo "levels core content save ui" ;;
    ui) echo "ui core content save platform-assets" ;;
    scenes | platform) echo "*" ;;
    esac
}

# file|included folder|why it is allowed for now
EXCEPTIONS=""

kindOf() {
    case "$1" in
    levels/*View* | levels/BodyPainter.* | levels/*/*View*) echo level-view ;;
    levels/*) echo level-rules ;;
    *) echo "${1%%/*}" ;;
    esac
}

sourceList() { # the files of one set() in CMakeLists.txt, one a line
    awk -v name="$1" '
        $0 ~ "set\\(" name "$" { inside = 1; next }
        inside { line = $0; done = sub(/\).*/, "", line); n = split(line, w, " ");
                 for (i = 1; i <= n; i++) print w[i]; if (done) exit }' CMakeLists.txt
}

quotedIncludes() { sed -n 's/^[[:space:]]*#include "\([^"]*\)".*/\1/p' "$1"; }

# 1. Every source in exactly one list.
listed=$(
    sourceList CORE_SOURCES
    sourceList UI_SOURCES
)
[ -n "$(sourceList CORE_SOURCES)" ] || fail "no CORE_SOURCES found in $game/CMakeLists.txt"
[ -n "$(sourceList UI_SOURCES)" ] || fail "no UI_SOURCES found in $game/CMakeLists.txt"
for f in $listed; do
    [ -f "$f" ] || fail "CMakeLists.txt lists $f, which does not exist"
done
echo "$listed" | sort | uniq -d | while read -r f; do
    echo "FAILED: $f is listed twice in CMakeLists.txt"
done | grep . && failed=1
for f in $(find . -name '*.cpp' ! -name main.cpp | sed 's|^\./||' | sort); do
    echo "$listed" | grep -qx "$f" || fail "$f is in no source list of CMakeLists.txt (CORE_SOURCES or UI_SOURCES?)"
done

# 2. No SFML drawing, window or sound below game_ui, through any header.
for src in $(sourceList CORE_SOURCES); do
    [ -f "$src" ] || continue
    seen="" todo="$src"
    while [ -n "$todo" ]; do
        set -- $todo
        f=$1
        shift
        todo="$*"
        case " $seen " in *" $f "*) continue ;; esac
        seen="$seen $f"
        if grep -qE '^[[:space:]]*#include <SFML/(Graphics|Window|Audio)' "$f"; then
            via=""
            [ "$f" = "$src" ] || via=" through $f"
            fail "$src (game_core) includes $(grep -oE 'SFML/(Graphics|Window|Audio)[^>]*' "$f" | head -1)$via"
        fi
        for inc in $(quotedIncludes "$f"); do
            [ -f "$inc" ] && todo="$todo $inc"
        done
    done
done

# 3. Includes go one way.
used=""
for f in $(find . -name '*.cpp' -o -name '*.hpp' | sed 's|^\./||' | sort); do
    [ "$f" = main.cpp ] && continue
    kind=$(kindOf "$f")
    may=$(allowed "$kind")
    [ "$may" = "*" ] && continue
    for inc in $(quotedIncludes "$f"); do
        top=${inc%%/*}
        [ "$inc" = platform/Assets.hpp ] && top=platform-assets
        case " $may " in *" $top "*) continue ;; esac
        why=$(echo "$EXCEPTIONS" | awk -F'|' -v f="$f" -v t="${inc%%/*}" '$1 == f && $2 == t { print $3 }')
        if [ -n "$why" ]; then
            used="$used $f|${inc%%/*}"
            continue
        fi
        fail "$f ($kind) includes $inc; $kind may include only: $may"
    done
done
if [ -n "$EXCEPTIONS" ]; then
    echo "$EXCEPTIONS" | while IFS='|' read -r f t why; do
        case " $used " in *" $f|$t "*) ;; *) echo "FAILED: the exception '$f includes $t/' is no longer needed: remove it from tests/architecture.sh" ;; esac
    done | grep . && failed=1
fi

[ $failed = 0 ] && echo "architecture: $(echo "$listed" | wc -w) sources in two lists, game_core free of SFML drawing, includes one way"
exit $failed
