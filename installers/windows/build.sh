#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Mobi 2070 for 64-bit Windows on Debian 12 (bookworm), then its NSIS
# installer and its portable .zip, checks both under Wine, and puts them in OUTDIR:
#   installers/windows/build.sh OUTDIR
# Downloads only Debian packages: the tools (apt) and the source packages of
# the libraries (apt-get source, see deps.sh). Everything downloaded or built
# stays in $MOBI_WIN_WORK (default ~/.cache/mobi2070-win) and is reused by the
# next run. MOBI_WIN_SKIP_SMOKE=1 skips the Wine checks.
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
START=$SECONDS
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
WORK=${MOBI_WIN_WORK:-$HOME/.cache/mobi2070-win}
mkdir -p "$1" "$WORK"
OUT=$(cd "$1" && pwd)
PREFIX=$WORK/prefix
# The game is built in this checkout (one cache of libraries serves every checkout).
GAME=$REPO/build/windows

log() { printf '\n== %s\n' "$*"; }

# 1. Tools, with the project's own installer of Debian packages.
log "tools (apt)"
# python3: the smoke test reads its PNGs and .wav files with it.
"$REPO/tools/setup" --with-extra g++-mingw-w64-x86-64-posix nsis dpkg-dev zip unzip wine64 python3 \
    debian-archive-keyring

# 2. The libraries, from Debian's source packages, static for Windows.
log "libraries (deps.sh)"
"$HERE/deps.sh" "$WORK"

# 3. The game: windowed, everything linked in, so the .exe needs no DLL.
#    The Windows libraries OpenAL Soft needs come last on the link line (static
#    order): winmm and avrt (its openal.pc), ole32 and uuid (its WASAPI and
#    DirectSound backends use COM and known-folder ids).
log "game"
cmake -S "$REPO" -B "$GAME" -G Ninja -Wno-dev \
    -DCMAKE_TOOLCHAIN_FILE="$HERE/mingw64.cmake" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_FIND_ROOT_PATH="$PREFIX" \
    -DMOBI_BUILD_TESTS=OFF -DSFML_STATIC_LIBRARIES=TRUE -DMOBI_VOICE_DATA="$WORK/voice/espeak-ng-data" \
    -DCMAKE_EXE_LINKER_FLAGS="-static -static-libgcc -static-libstdc++ -s -L$PREFIX/lib" \
    -DCMAKE_CXX_STANDARD_LIBRARIES="-lwinmm -lavrt -lole32 -luuid" \
    > "$WORK/game-configure.log"
# A Windows build without Mobi's voice is a broken one, not a quieter one.
if grep -q "building without narration" "$WORK/game-configure.log"; then
    echo "build.sh: eSpeak NG was not found in $PREFIX (see deps.sh); Mobi would not read aloud" >&2
    exit 1
fi
cmake --build "$GAME" -j "${MOBI_JOBS:-$(nproc)}"
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$GAME/CMakeCache.txt")

# 4. The installer.
log "installer (cpack -G NSIS)"
rm -f "$GAME"/Mobi2070-*-win64.exe
(cd "$GAME" && cpack -G NSIS > "$WORK/cpack.log") || { cat "$WORK/cpack.log"; exit 1; }
INSTALLER=$OUT/Mobi2070-$VERSION-win64.exe
cp "$GAME/Mobi2070-$VERSION-win64.exe" "$INSTALLER"

# 5. The portable .zip: one folder holding the .exe with its data beside it
#    (a layout the game looks for) and portable.txt, which makes the game keep
#    its saves in Mobi2070\saves when it can write there. Unzipping a newer
#    version over an older one keeps those saves.
log "portable zip"
STAGE=$WORK/portable
rm -rf "$STAGE" && mkdir -p "$STAGE/Mobi2070"
cmake --install "$GAME" --prefix "$STAGE/install" > /dev/null
mv "$STAGE/install/bin/mobi2070.exe" "$STAGE/Mobi2070/"
mv "$STAGE/install/share/mobi2070/"* "$STAGE/Mobi2070/"
# CRLF and a byte-order mark, so that even an old Notepad shows the accents.
{ printf '\357\273\277'; sed 's/$/\r/' "$HERE/portable.txt"; } > "$STAGE/Mobi2070/portable.txt"
ZIP=$OUT/Mobi2070-$VERSION-win64.zip
rm -f "$ZIP"
(cd "$STAGE" && zip -qr9X "$ZIP" Mobi2070)

# 6. Under Wine: the .zip and the installer both run and draw the menu.
if [[ ${MOBI_WIN_SKIP_SMOKE:-0} != 1 ]]; then
    log "smoke test (Wine)"
    "$HERE/smoke.sh" "$INSTALLER" "$ZIP" "$WORK/smoke"
fi

log "done in $((SECONDS - START)) s"
size() { printf '%-44s %9s bytes (%s)\n' "$(basename "$1")" "$(stat -c %s "$1")" "$(du -h "$1" | cut -f1)"; }
size "$INSTALLER"
size "$ZIP"
size "$STAGE/Mobi2070/mobi2070.exe"
