// SPDX-License-Identifier: GPL-3.0-or-later
// Which levels a player may enter. A level opens when every built level
// before it is done, so a stage that is not built yet never blocks the
// journey. In class mode every built level is open (the teacher chooses).
#pragma once

#include "levels/LevelRegistry.hpp"
#include "save/Profile.hpp"

namespace mobi {

enum class LevelState { NotBuilt, Locked, Open, Done };

LevelState levelState(const LevelInfo& level, const Profile* profile, bool classMode);

// The number of vault digits a profile has earned.
int digitsEarned(const Profile& profile);

} // namespace mobi
