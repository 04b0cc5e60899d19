// SPDX-License-Identifier: GPL-3.0-or-later
// The card before a level: the exhibition panel it goes with (title and three
// key messages), the goal in words for the player's age, the level's choices
// (which mine?), and for 9–12 an optional challenge against the clock.
#pragma once

#include "levels/LevelLoad.hpp"
#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <map>
#include <optional>
#include <vector>

namespace mobi {

class LevelIntroScene : public Scene {
public:
    LevelIntroScene(SceneContext& ctx, std::string levelId);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    std::vector<const TextBlock*> spokenText() const override {
        std::vector<const TextBlock*> spoken{&m_panelTitle};
        for (const TextBlock& m : m_messages)
            spoken.push_back(&m);
        spoken.push_back(&m_goal);
        return spoken;
    }
    sf::Vector2f speakerSpot() const override { return m_speakerSpot; }

private:
    bool optionOpen(const LevelChoiceOption& option) const;
    void buildPanelCard();
    void buildRightColumn(float bottom);
    bool layRightColumn(float bottom, bool withDetails); // false: it does not fit
    void start();

    std::string m_levelId;
    std::optional<LoadedLevel> m_level;
    std::map<std::string, std::string> m_choices; // choice name → option id
    bool m_challenge = false;
    TextBlock m_panelLabel, m_panelTitle, m_goal;
    std::vector<TextBlock> m_messages, m_choiceTitles;
    std::vector<TextBlock> m_details; // drawn inside their chips
    sf::FloatRect m_panelCard, m_goalCard;
    sf::Vector2f m_iconCentre;
    sf::Vector2f m_speakerSpot; // at the left of the buttons' row
    WidgetGroup m_widgets;
};

} // namespace mobi
