#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/po through the real program: each language goes out as a .po file,
# comes back as locale/CODE.xml, and goes out again byte for byte the same
# (every id, text and note kept, in order); the game then checks the data
# with the file read back; the template has every French text and no
# translation. No display needed.
#   po.sh MOBI2070 SOURCE_DIR OUTDIR
set -u
game="$1" src="$2" out="$3"
rm -rf "$out" && mkdir -p "$out"
failed=0
fail() { echo "FAILED: $*"; failed=1; }
data="$out/data"
mkdir -p "$data" && cp -r "$src/assets" "$src/levels" "$src/locale" "$data/"
for code in fr en; do
    "$game" --data-dir "$data" --export-po "$code" "$out/$code.po" >/dev/null || fail "$code: export"
    "$game" --import-po "$out/$code.po" "$data/locale/$code.xml" || fail "$code: import"
    "$game" --data-dir "$data" --export-po "$code" "$out/$code-again.po" >/dev/null || fail "$code: export again"
    cmp -s "$out/$code.po" "$out/$code-again.po" || {
        diff "$out/$code.po" "$out/$code-again.po" | head -20
        fail "$code: the catalogue changed on the way back"
    }
done
"$game" --data-dir "$data" --check-data >"$out/check.log" 2>&1 || { cat "$out/check.log"; fail "--check-data with the files read back"; }
# The template: every French text once, every translation empty.
MOBI_GAME="$game" sh "$src/tools/po" template "$out/mobi2070.pot" >/dev/null || fail "tools/po template"
texts=$(grep -c '^  <string ' "$src/locale/fr.xml")
entries=$(grep -c '^msgctxt' "$out/mobi2070.pot")
[ "$texts" = "$entries" ] || fail "the template has $entries entries for $texts French texts"
[ "$(grep -c '^msgstr ""$' "$out/mobi2070.pot")" = $((entries + 1)) ] || fail "the template has translations in it"
[ "$failed" = 0 ] && echo "po: fr and en round trip unchanged ($entries texts), template complete"
exit "$failed"
