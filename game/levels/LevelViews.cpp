// The list of level views, matching levels/LevelRegistry.cpp.
#include "levels/LevelView.hpp"

#include "levels/mine/MineView.hpp"

namespace mobi {

std::unique_ptr<LevelView> makeLevelView(const std::string& levelId) {
    if (levelId == "mine") return std::make_unique<MineView>();
    return nullptr;
}

} // namespace mobi
