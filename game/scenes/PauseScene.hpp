// SPDX-License-Identifier: GPL-3.0-or-later
// The pause overlay, over a level (or any screen): resume, settings, back to
// the level map or the menu, quit. Nothing under it moves while it is open.
// Over a level in class mode it also lets the teacher skip the rest of the
// game, straight to its information card and vote.
#pragma once

#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <functional>

namespace mobi {

class PauseScene : public Scene {
public:
    explicit PauseScene(SceneContext& ctx, std::function<void()> skipLevel = nullptr);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    bool isOverlay() const override { return true; }

private:
    std::function<void()> m_skipLevel; // empty: not over a level in class mode
    TextBlock m_heading;
    sf::FloatRect m_card;
    WidgetGroup m_widgets;
};

// Problems found in the game's data files, shown readably as file:line lines
// so a teacher who edited a level knows what to fix. The game can go on.
class ErrorScene : public Scene {
public:
    explicit ErrorScene(SceneContext& ctx);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;

private:
    TextBlock m_heading, m_intro, m_list;
    float m_scroll = 0;
    WidgetGroup m_widgets;
};

} // namespace mobi
