// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/LevelList.hpp"

namespace mobi {

std::filesystem::path LevelEntry::file(const std::filesystem::path& dataDir) const {
    const std::string name = (number < 10 ? "0" : "") + std::to_string(number) + "_" + id + ".xml";
    return dataDir / "levels" / name;
}

const std::vector<LevelEntry>& levelList() {
    static const std::vector<LevelEntry> levels = {
        {"mine", 1, "extraction", true},   {"factory", 2, "production", true},
        {"journey", 3, "transport", true}, {"pocket", 4, "use", true},
        {"drawer", 5, "endoflife", true},  {"rebirth", 6, "recovery", true},
    };
    return levels;
}

const LevelEntry* findLevelEntry(const std::string& id) {
    for (const auto& level : levelList())
        if (level.id == id) return &level;
    return nullptr;
}

} // namespace mobi
