// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the game's read-only data (assets/, levels/, locale/) relative to the
// executable, so one build runs from /usr, an unpacked archive, Program Files
// or a USB stick, and from the build folder during development.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

// The folders tried, in order, for an executable living in `exeDir`.
std::vector<std::filesystem::path> dataDirCandidates(const std::filesystem::path& exeDir);

// True when `dir` holds the game data (its French string table is the marker).
bool looksLikeDataDir(const std::filesystem::path& dir);

// The first candidate that holds the data, or an empty path.
std::filesystem::path findDataDir(const std::filesystem::path& exeDir);

// The folder of the running executable (empty if it cannot be told).
std::filesystem::path executableDir();

} // namespace mobi
