// SPDX-License-Identifier: GPL-3.0-or-later
// The one explicit list of named scenes: what --list-scenes prints and what
// --start and --screenshot accept. No static self-registration.
#pragma once

#include "scenes/Scene.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mobi {

struct SceneEntry {
    std::string name;
    std::string base; // for overlays: the scene drawn under it ("" for none)
    std::function<std::unique_ptr<Scene>(SceneContext&)> make;
};

const std::vector<SceneEntry>& sceneEntries();
const SceneEntry* findSceneEntry(const std::string& name);

// Queues the scene (and its base, for an overlay) onto an emptied stack.
bool startScene(SceneContext& ctx, const std::string& name);

} // namespace mobi
