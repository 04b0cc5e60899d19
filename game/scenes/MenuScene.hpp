// SPDX-License-Identifier: GPL-3.0-or-later
// The main menu: Play, Quiz, Vault, Settings, Quit, and who is playing.
// Parts of the game that are not built yet say so instead of hiding.
#pragma once

#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

namespace mobi {

class MenuScene : public Scene {
public:
    explicit MenuScene(SceneContext& ctx);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;

private:
    TextBlock m_title, m_bubble, m_badge;
    sf::FloatRect m_bubbleRect, m_badgeRect;
    sf::Vector2f m_mobiCentre; // Mobi under the bubble (see rebuild)
    float m_mobiHeight = 260.f;
    WidgetGroup m_widgets;
};

} // namespace mobi
