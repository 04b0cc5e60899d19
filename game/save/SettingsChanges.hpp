// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line settings (--lang en, --class…) hold for one run only. When a
// player then changes a setting on screen, only the fields they changed are
// written to settings.xml, so a one-off --lang en never becomes permanent.
#pragma once

#include "save/Settings.hpp"

namespace mobi {

// Copies into `stored` every field that differs between `before` and `after`.
// Returns true if anything was copied.
bool copyChangedSettings(const Settings& before, const Settings& after, Settings& stored);

} // namespace mobi
