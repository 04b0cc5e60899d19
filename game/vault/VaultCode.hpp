// SPDX-License-Identifier: GPL-3.0-or-later
// Checking the vault's code. Pure logic: the scene asks which dials are right,
// the logbook which digits a player has found, and class mode whether a digit
// can be revealed although its level is not built yet.
#pragma once

#include "content/VaultData.hpp"
#include "save/Profile.hpp"

#include <optional>
#include <vector>

namespace mobi {

struct DialResult {
    bool right = false;
    std::string level; // the level this dial belongs to (its hint, its logbook page)
};

// For each dial (life-cycle order), whether the entered digit is right; an
// empty dial (nullopt) is not right.
std::vector<DialResult> checkCode(const CodeSet& set, const std::vector<std::optional<int>>& entered);

bool codeOpens(const std::vector<DialResult>& results);

// The digits a player has found, level by level (nullopt where not found yet).
std::vector<std::optional<int>> foundDigits(const CodeSet& set, const Profile* profile);

} // namespace mobi
