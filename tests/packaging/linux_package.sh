#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, built from this build folder with cpack and unpacked
# (not installed: no root needed): the game must find its data from the
# unpacked /usr tree (its fonts are links to Debian's font packages), the
# desktop entry and AppStream metainfo must pass their validators, and lintian
# must find no error in it (its warnings are printed). The tarball carries the
# fonts themselves.
#   linux_package.sh BUILD_DIR OUT_DIR
set -u
build="$1" out="$2"
for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is missing (tools/setup installs it)"; exit 77; }
done
rm -rf "$out" && mkdir -p "$out" && out=$(cd "$out" && pwd) # the game prints absolute paths
failed=0
fail() { echo "FAILED: $*"; failed=1; }

cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out/pkg" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack -G DEB"; exit 1; }
deb=$(ls "$out"/pkg/mobi2070_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { fail "no mobi2070_*.deb in $out/pkg"; exit 1; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) kB"
info=$(dpkg-deb -f "$deb" Section Depends Maintainer Installed-Size)
echo "$info"
echo "$info" | grep -q "^Section: education$" || fail "the section is not education"
echo "$info" | grep -q "^Depends:.*libsfml-graphics" || fail "Depends lacks libsfml-graphics (shlibdeps)"
echo "$info" | grep -q "^Depends:.*libbox2d" || fail "Depends lacks libbox2d (shlibdeps)"
echo "$info" | grep -q "^Depends:.*libespeak-ng1" || fail "Depends lacks libespeak-ng1 (shlibdeps): Mobi would not read aloud"
echo "$info" | grep -q "^Depends:.*espeak-ng-data" || fail "Depends lacks espeak-ng-data: Mobi would have no voice"
echo "$info" | grep -q "^Depends:.*fonts-sil-andika.*fonts-opendyslexic" || fail "Depends lacks Debian's fonts"

# lintian: no error; the warnings and notes as they are.
lintian --tag-display-limit 0 "$deb" >"$out/lintian.log" 2>&1
cat "$out/lintian.log"
! grep -q "^E: " "$out/lintian.log" || fail "lintian found errors in the package"
echo "$info" | grep -q "^Maintainer: ." || fail "no maintainer"

dpkg-deb -x "$deb" "$out/root"
root="$out/root/usr"
for font in Andika-Regular.ttf Andika-Bold.ttf OpenDyslexic-Regular.otf OpenDyslexic-Bold.otf; do
    [ -L "$root/share/mobi2070/assets/fonts/$font" ] || fail "$font is not a link to Debian's font package"
done
# The links are relative (lintian): in the unpacked tree they need the font
# packages beside it, as installing the dependencies puts them beside the game.
for dir in truetype/andika opentype/opendyslexic; do
    [ -d "/usr/share/fonts/$dir" ] || { echo "SKIP: /usr/share/fonts/$dir is missing (tools/setup installs it)"; exit 77; }
    mkdir -p "$root/share/fonts/$(dirname "$dir")" && ln -s "/usr/share/fonts/$dir" "$root/share/fonts/$dir"
done
for doc in share/doc/mobi2070/copyright share/doc/mobi2070/changelog.gz share/man/man6/mobi2070.6.gz; do
    [ -s "$root/$doc" ] || fail "no $doc"
done
# The tarball: the same tree, with the fonts themselves.
tgz=$(ls "$out"/pkg/mobi2070-*.tar.gz 2>/dev/null | head -1)
if [ -z "$tgz" ]; then
    fail "no mobi2070-*.tar.gz in $out/pkg"
else
    tar tvzf "$tgz" | grep -q "^-.*assets/fonts/Andika-Regular.ttf$" || fail "the tarball lacks the Andika font file"
fi
"$root/bin/mobi2070" --check-data >"$out/check.log" 2>&1 || { cat "$out/check.log"; fail "--check-data from the unpacked package"; }
grep -q "files checked in $root/share/mobi2070" "$out/check.log" || { cat "$out/check.log"; fail "the game did not read its data from $root/share/mobi2070"; }
desktop-file-validate "$root"/share/applications/org.mobi2070.Mobi2070.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net "$root"/share/metainfo/org.mobi2070.Mobi2070.metainfo.xml || fail "appstreamcli validate"
for size in 16x16 32x32 48x48 64x64 128x128 256x256; do
    [ -s "$root/share/icons/hicolor/$size/apps/org.mobi2070.Mobi2070.png" ] || fail "no $size icon"
done
[ -s "$root/share/icons/hicolor/scalable/apps/org.mobi2070.Mobi2070.svg" ] || fail "no scalable icon"
exit $failed
