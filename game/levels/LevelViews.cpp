// The list of level views, matching levels/LevelRegistry.cpp.
#include "levels/LevelView.hpp"

#include "levels/mine/MineView.hpp"
#include "levels/rebirth/RebirthView.hpp"

namespace mobi {

std::unique_ptr<LevelView> makeLevelView(const std::string& levelId) {
    if (levelId == "mine") return std::make_unique<MineView>();
    if (levelId == "rebirth") return std::make_unique<RebirthView>();
    return nullptr;
}

} // namespace mobi
