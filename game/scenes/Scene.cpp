// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/Scene.hpp"

#include "scenes/MessageScene.hpp"
#include "scenes/SceneRegistry.hpp"

#include <random>

namespace mobi {

std::uint32_t sessionSeed(const Options& options) {
    const bool reproducible =
        options.mode != RunMode::Play || !options.eventsFile.empty() || !options.recordFile.empty();
    return reproducible ? options.seed : std::random_device{}();
}

void Scene::goTo(const std::string& name) { startScene(m_ctx, name); }

void Scene::open(const std::string& name) {
    SceneContext* ctx = &m_ctx;
    if (const SceneEntry* entry = findSceneEntry(name))
        m_ctx.stack.push([ctx, entry] { return entry->make(*ctx); });
}

void Scene::close() { m_ctx.stack.pop(); }

void Scene::showMessage(const std::string& titleId, const std::string& bodyId) {
    SceneContext* ctx = &m_ctx;
    std::string title = tr(titleId), body = tr(bodyId);
    m_ctx.stack.push([ctx, title, body] { return std::make_unique<MessageScene>(*ctx, title, body); });
}

} // namespace mobi
