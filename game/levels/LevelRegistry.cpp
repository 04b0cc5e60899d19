#include "levels/LevelRegistry.hpp"

namespace mobi {

const std::vector<LevelInfo>& allLevels() {
    // Built flags change as levels land (see issues 3 onward).
    static const std::vector<LevelInfo> levels = {
        {"mine", 1, "extraction", false},   {"factory", 2, "production", false},
        {"journey", 3, "transport", false}, {"pocket", 4, "use", false},
        {"drawer", 5, "endoflife", false},  {"rebirth", 6, "recovery", false},
    };
    return levels;
}

const LevelInfo* findLevel(const std::string& id) {
    for (const auto& level : allLevels())
        if (level.id == id) return &level;
    return nullptr;
}

} // namespace mobi
