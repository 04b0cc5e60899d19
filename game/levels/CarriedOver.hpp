// SPDX-License-Identifier: GPL-3.0-or-later
// What one level hands to the later ones through the player's profile: the
// choices it keeps (<choice keep="true">, L'Usine's glue or screws) and what it
// put in Mobi's footprint jar. A level reads the choices it declares with
// <uses> and the jar as the earlier levels left it. Pure, so tests follow a
// profile from one level to the next without a window.
#pragma once

#include "content/LevelData.hpp"
#include "levels/LevelRules.hpp"
#include "levels/LevelSim.hpp"
#include "save/Profile.hpp"

#include <map>
#include <string>
#include <vector>

namespace mobi {

// Fills `options` with what `profile` carries into `level`: each used choice
// the profile holds with a value the level accepts, and the jar as the levels
// numbered before this one left it. A choice the profile lacks (never made, or
// an old save) is left out, so the level's default applies.
void carryInto(const LevelData& level, const Profile& profile, LevelOptions& options);

// After `level` is won with `options`: keeps its kept choices, those made in
// play (`madeInPlay`, saved as "<level id>-<name>": Le Grand Voyage's
// "journey-leg1" = "plane") and what it put in the jar (each replacing what an
// earlier win of the same level put there).
void keepFromWin(const LevelData& level, const LevelOptions& options, float footprintAdded, Profile& profile,
                 const std::map<std::string, std::string>& madeInPlay = {});
// The same for a level just won, from its simulation.
void keepFromWin(const LevelSim& sim, Profile& profile);

// The jar as the levels numbered below `levelNumber` left it (0 for all of them).
float footprintBefore(const Profile& profile, int levelNumber);

// The clouds Le Grand Voyage's legs put on the jar, leg by leg, as the profile
// keeps them: `planeCloud` for a leg flown (the level file's <footprint
// cloud>, T3), 1 for one by ship or train; none for a leg never travelled.
std::vector<float> tripClouds(const Profile& profile, float planeCloud);

} // namespace mobi
