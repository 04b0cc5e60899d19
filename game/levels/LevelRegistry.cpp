#include "levels/LevelRegistry.hpp"

#include "levels/mine/MineRules.hpp"
#include "levels/rebirth/RebirthRules.hpp"

namespace mobi {

std::filesystem::path LevelInfo::file(const std::filesystem::path& dataDir) const {
    const std::string name = (number < 10 ? "0" : "") + std::to_string(number) + "_" + id + ".xml";
    return dataDir / "levels" / name;
}

const std::vector<LevelInfo>& allLevels() {
    // Built flags change as levels land; a level without rules is "coming soon".
    static const std::vector<LevelInfo> levels = {
        {"mine", 1, "extraction", true, MineRules::paramSpecs(),
         [](const Params& p, const LevelOptions& o) { return std::make_unique<MineRules>(p, o); }},
        {"factory", 2, "production", false, {}, nullptr},
        {"journey", 3, "transport", false, {}, nullptr},
        {"pocket", 4, "use", false, {}, nullptr},
        {"drawer", 5, "endoflife", false, {}, nullptr},
        {"rebirth", 6, "recovery", true, RebirthRules::paramSpecs(),
         [](const Params& p, const LevelOptions& o) { return std::make_unique<RebirthRules>(p, o); }},
    };
    return levels;
}

const LevelInfo* findLevel(const std::string& id) {
    for (const auto& level : allLevels())
        if (level.id == id) return &level;
    return nullptr;
}

} // namespace mobi
