// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a level by id from the data folder, checked against the facts and
// the reference string table, the same way for the game, --headless,
// --check-data and the tests.
#pragma once

#include "content/DataError.hpp"
#include "content/LevelData.hpp"
#include "levels/LevelRegistry.hpp"
#include "levels/LevelSim.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace mobi {

struct LoadedLevel {
    const LevelInfo* info = nullptr;
    LevelData data;
};

// Nullopt, with the reasons in `errors`, when the level is unknown, not built or broken.
std::optional<LoadedLevel> loadLevelById(const std::filesystem::path& dataDir, const std::string& id,
                                         ErrorList& errors);

// A simulation of a loaded level (which must outlive it).
std::unique_ptr<LevelSim> startLevel(const LoadedLevel& level, const LevelOptions& options,
                                     std::uint32_t seed);

// Whether every choice in `options` is one the level offers or reads from
// another level (an input script's "option mine urbanx" is an error, named
// with `where`, never a silent default).
bool checkOptions(const LoadedLevel& level, const LevelOptions& options, ErrorList& errors,
                  const std::string& where);

// Level options from an input script's "option" lines: "age young|older",
// "challenge on|off", and the level's own choices ("mine classic").
LevelOptions optionsFromScript(const std::map<std::string, std::string>& scriptOptions);

} // namespace mobi
