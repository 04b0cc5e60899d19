// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, applied live as they change, on two tabs: reading (language, text
// size, font, capitals, age band) and screen and sound (music and effects
// volumes, fullscreen, low detail). One column per tab keeps labels readable
// even at the largest text size.
#pragma once

#include "scenes/Scene.hpp"
#include "ui/WidgetGroup.hpp"

namespace mobi {

class SettingsScene : public Scene {
public:
    // tab 0: reading; 1: screen and sound (and, in class mode, the session's length).
    explicit SettingsScene(SceneContext& ctx, int tab = 0);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;

private:
    void changed();

    int m_tab = 0; // 0: reading, 1: screen and sound
    WidgetGroup m_widgets;
};

} // namespace mobi
