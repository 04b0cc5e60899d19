// SPDX-License-Identifier: GPL-3.0-or-later
// A friendly message over the current screen, with one OK button: "this level
// is coming soon", "a save file was damaged and set aside", and so on.
#pragma once

#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <functional>

namespace mobi {

class MessageScene : public Scene {
public:
    // Texts are already translated (they may carry file names).
    MessageScene(SceneContext& ctx, std::string title, std::string body);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    bool isOverlay() const override { return true; }
    // For replays and their tests: what it says, its spaces as "_".
    std::string describe() const override;
    std::vector<const TextBlock*> spokenText() const override { return {&m_title, &m_body}; }
    sf::Vector2f speakerSpot() const override {
        return {m_card.left + 40.f, m_card.top + m_card.height - 40.f};
    }

private:
    std::string m_titleText, m_bodyText;
    TextBlock m_title, m_body;
    sf::FloatRect m_card;
    WidgetGroup m_widgets;
};

// A yes/no question over the current screen. The safe answer comes first and
// has the focus, so a stray Enter never deletes anything.
class ConfirmScene : public Scene {
public:
    ConfirmScene(SceneContext& ctx, std::string question, std::string safeLabel, std::string riskyLabel,
                 std::function<void()> onRisky);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    bool isOverlay() const override { return true; }
    std::vector<const TextBlock*> spokenText() const override { return {&m_text}; }
    sf::Vector2f speakerSpot() const override {
        return {m_card.left + 40.f, m_card.top + m_card.height - 40.f};
    }

private:
    std::string m_question, m_safe, m_risky;
    std::function<void()> m_onRisky;
    TextBlock m_text;
    sf::FloatRect m_card;
    WidgetGroup m_widgets;
};

// Dims everything under an overlay.
void drawVeil(sf::RenderTarget& target);

} // namespace mobi
