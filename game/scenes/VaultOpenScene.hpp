// SPDX-License-Identifier: GPL-3.0-or-later
// The vault opens: its door slides away (a short animation, skippable), the
// "solution since 2023" appears — BISOU before buying, the 5R in order, keep
// the phone longer, Wi-Fi at home and smaller videos, repair or buy
// refurbished, bring old phones back — and the player replies to Léo by
// choosing sentences (no typing), then the debate begins.
#pragma once

#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <vector>

namespace mobi {

class VaultOpenScene : public Scene {
public:
    explicit VaultOpenScene(SceneContext& ctx);

    void handleEvent(const UiEvent& e) override;
    void update(double dt) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    bool isAnimating() const override { return m_phase == Phase::Opening; }
    // For replays: the phase ("opening", "solution", "reply", "sent") and the sentences chosen.
    std::string describe() const override;
    // What the vault held, or the letter to Léo and the sentences to choose for it.
    std::vector<const TextBlock*> spokenText() const override {
        std::vector<const TextBlock*> spoken{&m_title, &m_text};
        for (const TextBlock& line : m_lines)
            spoken.push_back(&line);
        for (const TextBlock* t : m_widgets.spokenWords())
            spoken.push_back(t);
        return spoken;
    }

    enum class Phase { Opening, Solution, Reply, Sent };
    // For screenshots and layout checks: straight to a phase (the reply with its first sentences picked).
    void showPhase(Phase phase);

private:
    void setPhase(Phase phase);
    void buildSolution(float bottom);
    void buildReply(float bottom);

    Phase m_phase = Phase::Opening;
    double m_time = 0;
    std::vector<int> m_chosen; // reply sentences picked, by index
    TextBlock m_title, m_text;
    std::vector<TextBlock> m_lines;
    std::vector<sf::Vector2f> m_pictures; // beside each line of the solution
    WidgetGroup m_widgets;
};

} // namespace mobi
