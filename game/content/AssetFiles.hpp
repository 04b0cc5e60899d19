// SPDX-License-Identifier: GPL-3.0-or-later
// The asset files the game cannot run without, named once for the loader and
// for --check-data (relative to the data folder's assets/).
#pragma once

namespace mobi::assetfiles {

constexpr const char* andikaRegular = "fonts/Andika-Regular.ttf";
constexpr const char* andikaBold = "fonts/Andika-Bold.ttf";
constexpr const char* dyslexicRegular = "fonts/OpenDyslexic-Regular.otf";
constexpr const char* dyslexicBold = "fonts/OpenDyslexic-Bold.otf";
constexpr const char* windowIcon = "icons/mobi2070-64.png";

constexpr const char* all[] = {andikaRegular, andikaBold, dyslexicRegular, dyslexicBold, windowIcon};

} // namespace mobi::assetfiles
