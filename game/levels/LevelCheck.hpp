// SPDX-License-Identifier: GPL-3.0-or-later
// --check-data's part for the levels, above content/ because it needs their
// rules: every built level's file loads with all its ids and what its rules
// use checked, its world is built and it plays a second, for each age band
// and each choice option — a Box2D assertion or a rule reading a parameter
// that is not declared is then a message, not a crash in front of a class.
#pragma once

#include "content/DataError.hpp"

#include <filesystem>

namespace mobi {

// Adds what is wrong to `errors`; returns the number of level files checked.
int checkLevels(const std::filesystem::path& dataDir, ErrorList& errors);

} // namespace mobi
