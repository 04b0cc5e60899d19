// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/LevelRegistry.hpp"

#include "levels/drawer/DrawerRules.hpp"
#include "levels/factory/FactoryRules.hpp"
#include "levels/journey/JourneyRules.hpp"
#include "levels/mine/MineRules.hpp"
#include "levels/pocket/PocketRules.hpp"
#include "levels/rebirth/RebirthRules.hpp"

namespace mobi {
namespace {

template <typename Rules> void withRules(LevelInfo& info) {
    info.params = Rules::paramSpecs();
    info.needs = Rules::needs();
    info.makeRules = [](const Params& p, const LevelOptions& o) { return std::make_unique<Rules>(p, o); };
    info.goal = &Rules::goalFor;
}

std::vector<LevelInfo> makeLevels() {
    std::vector<LevelInfo> levels;
    for (const LevelEntry& entry : levelList()) {
        LevelInfo info;
        static_cast<LevelEntry&>(info) = entry;
        // Each built level's rules, by id: a level marked built without them is caught by the registry test.
        if (entry.id == "mine") withRules<MineRules>(info);
        if (entry.id == "factory") withRules<FactoryRules>(info);
        if (entry.id == "journey") withRules<JourneyRules>(info);
        if (entry.id == "pocket") withRules<PocketRules>(info);
        if (entry.id == "drawer") withRules<DrawerRules>(info);
        if (entry.id == "rebirth") withRules<RebirthRules>(info);
        levels.push_back(std::move(info));
    }
    return levels;
}

} // namespace

const std::vector<LevelInfo>& allLevels() {
    static const std::vector<LevelInfo> levels = makeLevels();
    return levels;
}

const LevelInfo* findLevel(const std::string& id) {
    for (const auto& level : allLevels())
        if (level.id == id) return &level;
    return nullptr;
}

} // namespace mobi
