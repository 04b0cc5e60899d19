// The one explicit list of the six levels, in life-cycle order. No static
// self-registration: a static library's linker may drop it (ARCHITECTURE.md).
// A level that is not built yet is listed too, so the level map can show the
// whole journey honestly and say which stages are still to come.
#pragma once

#include "content/LevelData.hpp"
#include "core/Params.hpp"
#include "levels/LevelRules.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mobi {

struct LevelInfo {
    std::string id;    // "mine", …; also names levels/NN_<id>.xml and the string ids level.<id>.*
    int number;        // 1..6
    std::string stage; // life-cycle stage: extraction, production, transport, use, endoflife, recovery
    bool built;        // false until the level's rules and view exist
    std::vector<ParamSpec> params; // the level's tunables, declared once
    std::function<std::unique_ptr<LevelRules>(const Params&, const LevelOptions&)> makeRules;

    // levels/NN_<id>.xml under a data folder.
    std::filesystem::path file(const std::filesystem::path& dataDir) const;
};

const std::vector<LevelInfo>& allLevels();
const LevelInfo* findLevel(const std::string& id);

} // namespace mobi
