// SPDX-License-Identifier: GPL-3.0-or-later
// After a level: first its information card if it has one (e.g. who works in
// the mines: respectful, never gameplay), then the logbook page — the key fact
// in a child's words with its source for adults, the vault digit glowing, and
// a "did you know?" card. For a young reader the cards say it in a few short
// sentences and keep the sources under a fold ("for grown-ups"); after a
// level, the earned digit flies onto the page.
#pragma once

#include "content/Facts.hpp"
#include "levels/LevelLoad.hpp"
#include "scenes/Scene.hpp"
#include "ui/FootprintJar.hpp"
#include "ui/TextBlock.hpp"
#include "ui/TextCache.hpp"
#include "ui/WidgetGroup.hpp"

#include <optional>

namespace mobi {

class LogbookScene : public Scene {
public:
    enum class Page { InfoFirst, Logbook };
    LogbookScene(SceneContext& ctx, std::string levelId, Page page);

    void handleEvent(const UiEvent& e) override;
    void update(double dt) override;
    std::string describe() const override;
    bool isAnimating() const override {
        return m_page == Page::Logbook && m_digit >= 0 && m_flight < 1.f && !m_ctx.settings.lowDetail;
    }
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    // The card's title and text, its digit's sentence, and "did you know"; not the sources.
    std::vector<const TextBlock*> spokenText() const override {
        return {&m_title, &m_text, &m_digitText, &m_dykTitle, &m_dykText};
    }
    sf::Vector2f speakerSpot() const override {
        return {m_card.left + m_card.width - 38.f, m_card.top + 38.f};
    }

private:
    std::string infoSources() const; // the information card's facts, one source a line
    void buildJar();
    void drawJar(sf::RenderTarget& target) const;
    float cardsBottom() const;
    void buildInfo();
    void buildLogbook();
    void next();
    std::string source(const std::string& factId) const;

    std::string m_levelId;
    Page m_page;
    std::optional<LoadedLevel> m_level;
    FactBook m_facts;
    int m_digit = -1;
    std::string m_keyTextId, m_keyFactId; // the sentence and fact the player's code set's digit rests on
    bool m_showSources = true;            // a young reader opens them with the fold button
    float m_flight = -1.f;                // the digit flying onto the page: 0..1, -1 before it starts
    TextBlock m_kicker, m_title, m_text, m_source, m_digitLabel, m_digitText, m_dykTitle, m_dykText,
        m_dykSource;
    sf::FloatRect m_card, m_dykCard;
    // Mobi's footprint jar as this player's levels left it, under "did you
    // know" in the levels that fill it (an empty box: none, or no room).
    sf::FloatRect m_jarBox;
    JarFill m_jarFill;
    std::vector<JarMark> m_jarMarks;
    mutable TextCache m_jarTexts;
    sf::Vector2f m_iconCentre, m_digitCentre;
    WidgetGroup m_widgets;
};

} // namespace mobi
