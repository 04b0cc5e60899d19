// SPDX-License-Identifier: GPL-3.0-or-later
// The title screen. Léo's e-mail from 2070 arrives and types itself out at a
// child's reading pace: the prologue of the game. Space, Enter or a click shows
// the whole page at once; large text splits it into pages; it can be replayed.
// Once the vault is open and the promises are made, the title no longer calls
// for help: Léo writes back from 2070 that the future has changed, with the
// promises in the letter (the menu's replay still shows the first e-mail).
#pragma once

#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <vector>

namespace mobi {

class TitleScene : public Scene {
public:
    // `prologue`: the e-mail replayed from the menu; its last button goes back there.
    explicit TitleScene(SceneContext& ctx, bool prologue = false);

    void handleEvent(const UiEvent& e) override;
    void update(double dt) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    bool isAnimating() const override { return typing(); }
    // For replays: which e-mail it shows ("help", or "reply" from 2070), and its page.
    std::string describe() const override;
    // Léo's e-mail: its subject and the page shown (and the promises in his reply).
    std::vector<const TextBlock*> spokenText() const override;
    // Bottom left; with the promises there, above their card's right end, beside Mobi.
    sf::Vector2f speakerSpot() const override {
        if (m_promises.letterCount() == 0) return Scene::speakerSpot();
        return {m_promisesCard.left + m_promisesCard.width - 40.f, m_promisesCard.top - 38.f};
    }

private:
    bool typing() const { return m_revealed < m_pageLetters; }
    void startPage(std::size_t page);
    void revealAll();
    void buildButtons();
    void next();

    bool m_prologue;
    bool m_reply = false; // Léo's answer from 2070, after the promises
    int m_promisesShown = 0;
    TextBlock m_title, m_subtitle, m_from, m_subject, m_hint, m_promisesTitle, m_promises;
    std::vector<TextBlock> m_paragraphs;           // the e-mail body, one block per paragraph
    std::vector<std::vector<std::size_t>> m_pages; // paragraph indexes shown on each page
    std::size_t m_page = 0;
    double m_revealed = 0; // letters shown so far on this page (fractional while typing)
    std::size_t m_pageLetters = 0;
    double m_time = 0; // seconds since the page started, for Mobi's wave
    sf::FloatRect m_card;
    sf::FloatRect m_promisesCard;
    sf::Vector2f m_mobiCentre;
    float m_mobiHeight = 0.f;
    WidgetGroup m_widgets;
};

} // namespace mobi
