// SPDX-License-Identifier: GPL-3.0-or-later
// The six stages of the journey, in life-cycle order: what the data and the
// words need to know of a level (its id, number, stage, whether it ships).
// The levels' rules add to it in levels/LevelRegistry, a layer above: content
// never reaches up into the simulation.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

struct LevelEntry {
    std::string id;    // "mine", …; also names levels/NN_<id>.xml and the string ids level.<id>.*
    int number;        // 1..6
    std::string stage; // life-cycle stage: extraction, production, transport, use, endoflife, recovery
    bool built;        // false until the level's rules and view exist: the map says "coming soon"

    // levels/NN_<id>.xml under a data folder.
    std::filesystem::path file(const std::filesystem::path& dataDir) const;
};

const std::vector<LevelEntry>& levelList();
const LevelEntry* findLevelEntry(const std::string& id);

} // namespace mobi
