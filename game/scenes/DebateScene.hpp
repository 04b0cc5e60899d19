// SPDX-License-Identifier: GPL-3.0-or-later
// The debate, after the vault opens: one big card at a time, readable on a
// projector (feelings, what we learned, the debate questions of the age band,
// the commitment), then the class or family picks 3 promises, which are saved
// and shown on the title screen.
#pragma once

#include "content/DebateData.hpp"
#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <vector>

namespace mobi {

class DebateScene : public Scene {
public:
    explicit DebateScene(SceneContext& ctx);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    // For replays: the card shown (1-based, of how many) and the promises chosen so far.
    std::string describe() const override;
    // The card, and on the last one the promises to choose from.
    std::vector<const TextBlock*> spokenText() const override {
        std::vector<const TextBlock*> spoken{&m_kind, &m_text};
        for (const TextBlock* t : m_widgets.spokenWords())
            spoken.push_back(t);
        return spoken;
    }
    sf::Vector2f speakerSpot() const override {
        return {m_card.left + m_card.width - 38.f, m_card.top + 38.f};
    }

    // For screenshots: go straight to the last card (the promises).
    void showPromises();

private:
    void keepPromises();

    Debate m_debate;
    std::vector<const DebateCard*> m_cards;
    std::size_t m_index = 0;
    std::vector<std::string> m_chosen; // promise ids
    TextBlock m_title, m_counter, m_kind, m_text, m_count;
    sf::FloatRect m_card;
    WidgetGroup m_widgets;
};

} // namespace mobi
