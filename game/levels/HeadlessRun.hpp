// SPDX-License-Identifier: GPL-3.0-or-later
// --headless: play a level without a window, from an input script, and print
//   level=ID outcome=won|lost|running steps=N hash=HEX
// Exit code: 0 won or running, 2 lost, 1 data error.
#pragma once

#include "core/CommandLine.hpp"

#include <filesystem>
#include <ostream>
#include <string>

namespace mobi {

class LevelSim;

// "level=ID outcome=… steps=N hash=HEX": what --headless prints, and what a
// replayed level prints when it ends (so the two can be compared).
std::string levelResultLine(const std::string& levelId, const LevelSim& sim);

int runHeadless(const std::filesystem::path& dataDir, const Options& options, std::ostream& out,
                std::ostream& err);

} // namespace mobi
