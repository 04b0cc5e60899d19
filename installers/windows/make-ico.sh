#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates installers/windows/mobi2070.ico (the .exe's and the installer's
# icon) from the PNG renderings of assets/icons/mobi2070.svg. Needs icoutils.
# The 256 px image is stored as PNG inside the .ico (--raw), as Windows Vista
# and later expect; the smaller ones as plain bitmaps for older shells.
set -eu
cd "$(dirname "$0")/../.."
icons=assets/icons
icotool -c -o installers/windows/mobi2070.ico \
    $icons/mobi2070-16.png $icons/mobi2070-32.png $icons/mobi2070-48.png \
    $icons/mobi2070-64.png $icons/mobi2070-128.png --raw=$icons/mobi2070-256.png
icotool -l installers/windows/mobi2070.ico
