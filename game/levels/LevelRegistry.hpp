// SPDX-License-Identifier: GPL-3.0-or-later
// The levels with their rules: each stage of content/LevelList, and for a
// built one its tunables, what its rules need from its file, how to make its
// rules and what it asks of the player. One explicit list, no static
// self-registration (a static library's linker may drop it: ARCHITECTURE.md).
#pragma once

#include "content/LevelData.hpp"
#include "content/LevelList.hpp"
#include "content/LevelLoader.hpp"
#include "core/Params.hpp"
#include "levels/LevelRules.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mobi {

struct LevelInfo : LevelEntry {
    std::vector<ParamSpec> params; // the level's tunables, declared once
    LevelNeeds needs;              // the bodies, zones, templates… its rules use
    std::function<std::unique_ptr<LevelRules>(const Params&, const LevelOptions&)> makeRules;
    std::function<LevelGoal(const Params&, const LevelOptions&)> goal; // for the intro card
};

const std::vector<LevelInfo>& allLevels();
const LevelInfo* findLevel(const std::string& id);

} // namespace mobi
