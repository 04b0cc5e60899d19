#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Smoke test of the Windows build under Wine and Xvfb (called by build.sh):
#   installers/windows/smoke.sh INSTALLER.exe PORTABLE.zip WORKDIR
# 1. the .zip, unpacked in a folder with an accent and a space: --check-data
#    passes reading the data beside the .exe, --screenshot menu gives a
#    1280x720 picture, the saves folder beside the .exe is the one used, and
#    Mobi reads a card aloud into a .wav that is not silence (fr and en);
# 2. the installer, silent (/S): program, Start-menu and desktop shortcuts are
#    there, the installed game passes --check-data and draws the menu;
# 3. the silent uninstaller removes all of it.
# The screenshots stay in WORKDIR (menu-fr.png, menu-en.png, installed.png):
# look at them. A fresh Wine prefix is made in WORKDIR each time, and removed
# when everything passed.
set -euo pipefail

if [[ -z ${MOBI_SMOKE_DISPLAY:-} ]]; then
    exec xvfb-run -a -s "-screen 0 1280x720x24 -noreset" env MOBI_SMOKE_DISPLAY=1 "$0" "$@"
fi
INSTALLER=$(realpath "$1") ZIP=$(realpath "$2") W=$3
WINE=$(command -v wine64 || echo /usr/lib/wine/wine64)
WINESERVER=$(command -v wineserver || echo /usr/lib/wine/wineserver)
export WINEPREFIX=$W/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no offer to download Mono or Gecko
rm -rf "$W" && mkdir -p "$W" && W=$(realpath "$W")
trap '"$WINESERVER" -k 2>/dev/null || true' EXIT

failures=0
pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
winpath() { local p=${1//\//\\}; echo "Z:$p"; } # Wine maps / to drive Z:
# A PNG of the given size whose pixels are not all alike (python3 only: no extra package).
png_ok() {
    python3 - "$1" "$2" "$3" <<'EOF'
import struct, sys, zlib
path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = open(path, 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, size = 8, b'', None
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR': size = struct.unpack('>II', body[:8])
    if kind == b'IDAT': idat += body
    pos += 12 + n
assert size == (w, h), 'size %s, expected %dx%d' % (size, w, h)
assert len(set(zlib.decompress(idat))) > 32, 'the picture is blank'
EOF
}

echo "Wine prefix: $WINEPREFIX"
"$WINE" wineboot -i > "$W/wineboot.log" 2>&1
"$WINESERVER" -w
# The game's development fallback is the source folder as a root-relative
# path: run from drive C: so it cannot be found, and data must come from the package.
cd "$WINEPREFIX/drive_c"

# ---- 1. portable .zip
USB="$W/Clé USB"
mkdir -p "$USB" && unzip -q "$ZIP" -d "$USB"
EXE="$USB/Mobi2070/mobi2070.exe"
if out=$("$WINE" "$EXE" --check-data 2>&1) && grep -q "files checked in .*Clé USB.Mobi2070, .* 0 errors" <<<"$out"; then
    pass "zip: --check-data: $(tail -n1 <<<"$out")"
else
    fail "zip: --check-data: $out"
fi
if "$WINE" "$EXE" --mute --screenshot menu "$(winpath "$W/menu-fr.png")" > "$W/menu-fr.log" 2>&1 &&
    png_ok "$W/menu-fr.png" 1280 720; then
    pass "zip: --screenshot menu → $W/menu-fr.png"
else
    fail "zip: --screenshot menu (see $W/menu-fr.log)"
fi
# portable.txt is there, so the saves live in Mobi2070\saves: a settings file
# put there must be the one read (English instead of French).
if [[ -d $USB/Mobi2070/saves ]]; then
    echo '<?xml version="1.0" encoding="UTF-8"?><settings version="1" language="en"/>' \
        > "$USB/Mobi2070/saves/settings.xml"
    "$WINE" "$EXE" --mute --screenshot menu "$(winpath "$W/menu-en.png")" > "$W/menu-en.log" 2>&1 || true
    if png_ok "$W/menu-en.png" 1280 720 2>/dev/null && ! cmp -s "$W/menu-fr.png" "$W/menu-en.png"; then
        pass "zip: saves beside the .exe are used (menu-en.png is in English)"
    else
        fail "zip: the settings in Mobi2070\\saves were not read"
    fi
else
    fail "zip: no saves folder beside the portable .exe"
fi

# Mobi reads aloud from the folder with an accent: eSpeak NG's narrow paths
# (the ANSI code page) must still find the voice data beside the .exe.
wav_ok() { # a mono 16-bit .wav of more than 2 s whose loudest sample is not near silence
    python3 - "$1" <<'EOF'
import struct, sys
data = open(sys.argv[1], 'rb').read()
assert data[:4] == b'RIFF' and data[8:12] == b'WAVE', 'not a .wav'
rate, = struct.unpack('<I', data[24:28])
samples = struct.unpack('<%dh' % ((len(data) - 44) // 2), data[44:44 + (len(data) - 44) // 2 * 2])
seconds = len(samples) / rate
assert seconds > 2, 'only %.2f s' % seconds
assert max(abs(s) for s in samples) > 3000, 'silent'
print('%.2f s at %d Hz' % (seconds, rate))
EOF
}
if out=$("$WINE" "$EXE" --mute --lang fr --read-aloud on --screenshot intro:mine "$(winpath "$W/card.png")" \
        --steps 120 --speech-out "$(winpath "$W/card-fr.wav")" 2>"$W/card.log") &&
    heard=$(wav_ok "$W/card-fr.wav" 2>&1); then
    pass "zip: from \"Clé USB\", Mobi reads La Mine's card aloud: $heard ($(tr -d '\r' <<<"$out"))"
else
    fail "zip: no voice from \"Clé USB\": ${heard:-} $out $(cat "$W/card.log")"
fi
if "$WINE" "$EXE" --mute --lang en --read-aloud on --screenshot quiz:mine "$(winpath "$W/quiz.png")" \
        --speech-out "$(winpath "$W/quiz-en.wav")" > "$W/quiz.log" 2>&1 && heard=$(wav_ok "$W/quiz-en.wav" 2>&1); then
    pass "zip: and reads a quiz question in English: $heard"
else
    fail "zip: no English voice: ${heard:-} $(cat "$W/quiz.log")"
fi

# A folder whose name the ANSI code page cannot hold (Cyrillic on a western
# Windows): the data path then reaches eSpeak NG by its short name or as a
# relative path (SpeechSynth.cpp's narrowDataPath).
KEY="$W/Ключ Дети"
mkdir -p "$KEY" && unzip -q "$ZIP" -d "$KEY"
if "$WINE" "$KEY/Mobi2070/mobi2070.exe" --mute --read-aloud on --screenshot intro:mine "$(winpath "$W/card-key.png")" \
        --speech-out "$(winpath "$W/card-key.wav")" > "$W/card-key.log" 2>&1 && heard=$(wav_ok "$W/card-key.wav" 2>&1); then
    pass "zip: from \"Ключ Дети\" too: $heard"
else
    fail "zip: no voice from \"Ключ Дети\": ${heard:-} $(cat "$W/card-key.log")"
fi

# ---- 2. silent install (Wine's user counts as an administrator: all users)
"$WINE" "$INSTALLER" /S
"$WINESERVER" -w
DIR="$WINEPREFIX/drive_c/Program Files/Mobi 2070"
[[ -f $DIR/bin/mobi2070.exe ]] && pass "installer /S: $DIR/bin/mobi2070.exe" || fail "installer /S: no program in $DIR"
links=$(cd "$WINEPREFIX/drive_c" && find . -name '*.lnk' -path '*Mobi 2070*' | sort)
echo "$links" | sed 's/^/      shortcut: /'
for want in "Programs/Mobi 2070/Mobi 2070.lnk" "Programs/Mobi 2070/Mobi 2070 — mode classe.lnk" \
    "Programs/Mobi 2070/Mobi 2070 — mode sans échec.lnk" "Desktop/Mobi 2070.lnk"; do
    grep -qF "$want" <<<"$links" && pass "shortcut $want" || fail "missing shortcut $want"
done
if out=$("$WINE" "$DIR/bin/mobi2070.exe" --check-data 2>&1) &&
    grep -q "files checked in .*Program Files.Mobi 2070.share.mobi2070, .* 0 errors" <<<"$out"; then
    pass "installed: --check-data: $(tail -n1 <<<"$out")"
else
    fail "installed: --check-data: $out"
fi
if "$WINE" "$DIR/bin/mobi2070.exe" --mute --screenshot menu "$(winpath "$W/installed.png")" \
    > "$W/installed.log" 2>&1 && png_ok "$W/installed.png" 1280 720; then
    pass "installed: --screenshot menu → $W/installed.png"
else
    fail "installed: --screenshot menu (see $W/installed.log)"
fi
[[ ! -e $DIR/bin/saves && ! -e $DIR/saves ]] && pass "installed: no saves in Program Files" ||
    fail "installed: saves were made in Program Files"

# ---- 3. silent uninstall
"$WINE" "$DIR/Uninstall.exe" /S
"$WINESERVER" -w
left=$(cd "$WINEPREFIX/drive_c" && find . -path '*Mobi 2070*' | head -n 5)
[[ -z $left ]] && pass "uninstall /S: program and shortcuts removed" || fail "uninstall /S left: $left"

echo
if [[ $failures -eq 0 ]]; then
    # The Wine prefix weighs about 700 MB; the pictures and logs stay.
    "$WINESERVER" -k 2>/dev/null || true
    rm -rf "$WINEPREFIX"
    echo "smoke test: all passed (screenshots in $W)"
else
    echo "smoke test: $failures failed (Wine prefix kept in $WINEPREFIX)"
fi
exit $((failures > 0))
