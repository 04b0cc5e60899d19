// SPDX-License-Identifier: GPL-3.0-or-later
// The journey as a path of six stops, from the mine to the recycling centre.
// Each stop shows its stage picture and whether it is done, open, locked, or
// not built yet (said honestly, so nobody waits for a level that is not there).
#pragma once

#include "levels/Progression.hpp"
#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <vector>

namespace mobi {

class LevelMapScene : public Scene {
public:
    explicit LevelMapScene(SceneContext& ctx);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;

private:
    void choose(std::size_t index);
    static const char* stateId(LevelState state);

    TextBlock m_heading, m_digits;
    std::vector<sf::Vector2f> m_stops;
    WidgetGroup m_widgets;
};

} // namespace mobi
