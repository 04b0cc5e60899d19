// SPDX-License-Identifier: GPL-3.0-or-later
// The path through a level, shared by its screens: intro card → play →
// information card (if the level has one) → logbook page → level map.
#pragma once

#include "levels/LevelLoad.hpp"
#include "scenes/SceneContext.hpp"

#include <optional>
#include <string>

namespace mobi {

class LevelSim;

// Names on screen (and on stderr) the file:line problems that stop a screen
// from working; titleId is the locale id of the message's heading.
void showFileProblems(SceneContext& ctx, const std::string& titleId, const ErrorList& errors);

// Loads a level for a screen; on failure shows the errors (file:line) and returns nullopt.
std::optional<LoadedLevel> loadLevelForScene(SceneContext& ctx, const std::string& id);

// Marks the level done for the current player and stores its vault digit.
void recordLevelDone(SceneContext& ctx, const LevelSim& sim);

// The code set of the current player ("A" in class mode or with nobody chosen).
std::string currentCodeSet(const SceneContext& ctx);

void openLevelIntro(SceneContext& ctx, const std::string& id);                                // from the map
void replaceWithLevel(SceneContext& ctx, const std::string& id, const LevelOptions& options); // intro → play
void openAfterLevel(SceneContext& ctx, const std::string& id);     // play → cards
void openQuizAfterLevel(SceneContext& ctx, const std::string& id); // cards → quiz
void returnToMap(SceneContext& ctx);

} // namespace mobi
