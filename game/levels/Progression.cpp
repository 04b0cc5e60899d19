// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Progression.hpp"

namespace mobi {
namespace {
bool isDone(const Profile* profile, const std::string& id) {
    if (!profile) return false;
    auto it = profile->levels.find(id);
    return it != profile->levels.end() && it->second.done;
}
} // namespace

LevelState levelState(const LevelInfo& level, const Profile* profile, bool classMode) {
    if (!level.built) return LevelState::NotBuilt;
    if (isDone(profile, level.id)) return LevelState::Done;
    if (classMode) return LevelState::Open;
    for (const auto& before : allLevels()) {
        if (before.number >= level.number) break;
        if (before.built && !isDone(profile, before.id)) return LevelState::Locked;
    }
    return LevelState::Open;
}

int digitsEarned(const Profile& profile) {
    int n = 0;
    for (const auto& [id, progress] : profile.levels)
        n += progress.digit >= 0 ? 1 : 0;
    return n;
}

} // namespace mobi
