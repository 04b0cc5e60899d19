// What one level hands to the later ones through the player's profile: the
// choices it keeps (<choice keep="true">, L'Usine's glue or screws) and what it
// put in Mobi's footprint jar. A level reads the choices it declares with
// <uses> and the jar as the earlier levels left it. Pure, so tests follow a
// profile from one level to the next without a window.
#pragma once

#include "content/LevelData.hpp"
#include "levels/LevelRules.hpp"
#include "save/Profile.hpp"

namespace mobi {

// Fills `options` with what `profile` carries into `level`: each used choice
// the profile holds with a value the level accepts, and the jar as the levels
// numbered before this one left it. A choice the profile lacks (never made, or
// an old save) is left out, so the level's default applies.
void carryInto(const LevelData& level, const Profile& profile, LevelOptions& options);

// After `level` is won with `options`: keeps its kept choices and what it put
// in the jar (replacing what an earlier win of the same level put there).
void keepFromWin(const LevelData& level, const LevelOptions& options, float footprintAdded, Profile& profile);

// The jar as the levels numbered below `levelNumber` left it (0 for all of them).
float footprintBefore(const Profile& profile, int levelNumber);

} // namespace mobi
