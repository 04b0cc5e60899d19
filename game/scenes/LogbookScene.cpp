// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/LogbookScene.hpp"

#include "content/VaultData.hpp"
#include "core/Letterbox.hpp"
#include "levels/CarriedOver.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "scenes/LevelScreens.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/ColumnFit.hpp"
#include "ui/Layout.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/SpeakerButton.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {
namespace {
constexpr float kIconDisc = 46.f;      // radius of the stage icon's disc
constexpr float kDigitDisc = 52.f;     // radius of the glowing digit's disc
constexpr double kFlightSeconds = 1.2; // the digit's flight from the middle of the screen to its disc
} // namespace

LogbookScene::LogbookScene(SceneContext& ctx, std::string levelId, Page page)
    : Scene(ctx), m_levelId(std::move(levelId)), m_page(page) {
    m_level = loadLevelForScene(ctx, m_levelId);
    ErrorList ignored; // facts.xml problems are reported by --check-data
    m_facts = loadFactsFile((ctx.assets.dataDir() / "levels" / "facts.xml").u8string(), ignored);
    if (m_level) {
        const auto digit = vaultDigitDef(ctx.assets.dataDir(), currentCodeSet(ctx), m_levelId);
        m_digit = digit ? digit->value : -1;
        // Set B's digits rest on other facts than the level's key one: the page states that fact.
        const bool own = digit && !digit->textId.empty();
        m_keyTextId = own ? digit->textId : m_level->data.keyTextId;
        m_keyFactId = own ? digit->factId : m_level->data.keyFactId;
        m_showSources = !ctx.youngReader();
        if (m_page == Page::InfoFirst && m_level->data.infoTextId.empty()) m_page = Page::Logbook;
    }
    rebuild();
}

void LogbookScene::rebuild() {
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    if (!m_level) {
        m_widgets.add<Button>(m_ctx.text, tr("common.back"), sf::FloatRect{490.f, 600.f, 300.f, 64.f},
                              [this] { returnToMap(m_ctx); });
        return;
    }
    if (m_page == Page::InfoFirst)
        buildInfo();
    else
        buildLogbook();
    const float h = layout::buttonHeight(m_ctx.text.scale());
    m_widgets.add<Button>(m_ctx.text, tr("common.continue"),
                          sf::FloatRect{kLogicalWidth / 2.f - 180.f, kLogicalHeight - h - 18.f, 360.f, h},
                          [this] { later([this] { next(); }); });
    if (m_ctx.youngReader()) // the sources, for the adult beside the child
        m_widgets.add<Button>(
            m_ctx.text, tr(m_showSources ? "logbook.hide_sources" : "logbook.show_sources"),
            sf::FloatRect{24.f, kLogicalHeight - h - 18.f, 416.f, h},
            [this] {
                later([this] {
                    m_showSources = !m_showSources;
                    rebuild();
                    m_widgets.setFocus(1);
                });
            },
            ButtonKind::Secondary);
    m_widgets.setFocus(0);
}

float LogbookScene::cardsBottom() const {
    // The cards end above the Continue button.
    return kLogicalHeight - layout::buttonHeight(m_ctx.text.scale()) - 18.f - 14.f;
}

void LogbookScene::buildInfo() {
    const TextStyler& t = m_ctx.text;
    const LevelData& d = m_level->data;
    m_card = {140.f, 30.f, 1000.f, cardsBottom() - 30.f};
    ColumnFit column(m_card.left + 50.f, m_card.top + 30.f, m_card.width - 100.f);
    column
        .text(m_title, tr(m_ctx.forReader(d.infoTitleId)),
              {theme::TextRole::Heading, 0.f, theme::ink, Align::Left, true}, 16.f)
        .text(m_text, tr(m_ctx.forReader(d.infoTextId)),
              {theme::TextRole::Body, 0.f, theme::ink, Align::Left}, 16.f)
        .text(m_source, infoSources(), {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left});
    m_card.height = std::min(m_card.height, column.fit(t, m_card.height - 60.f) + 60.f);
}

void LogbookScene::buildLogbook() {
    const TextStyler& t = m_ctx.text;
    const LevelData& d = m_level->data;
    // Left: the notebook page. Its stage icon beside the kicker and the
    // level's name, the key fact and its source, then the digit beside its words.
    m_card = {30.f, 24.f, 720.f, cardsBottom() - 24.f};
    const std::string kicker = tr(
        "logbook.kicker", {{"number", std::to_string(d.number)}, {"stage", tr("level." + d.id + ".stage")}});
    ColumnFit page(m_card.left + 36.f, m_card.top + 20.f, m_card.width - 66.f);
    page.row({kIconDisc * 2.f, kIconDisc * 2.f}, &m_iconCentre,
             {{&m_kicker, kicker, {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left, true}},
              {&m_title,
               tr("level." + d.id + ".name"),
               {theme::TextRole::Heading, 0.f, theme::ink, Align::Left, true}}},
             14.f, 20.f, kSpeakerRoom - 30.f) // the speaker button's corner
        .text(m_text, tr(m_ctx.forReader(m_keyTextId)), {theme::TextRole::Body, 0.f, theme::ink, Align::Left},
              8.f, 24.f)
        .text(m_source, source(m_keyFactId), {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left}, 14.f,
              24.f)
        .row({kDigitDisc * 2.f + 16.f, kDigitDisc * 2.f}, &m_digitCentre,
             {{&m_digitLabel,
               tr("logbook.digit"),
               {theme::TextRole::Body, 0.f, theme::ink, Align::Left, true}}});
    page.fit(t, m_card.height - 36.f);
    // The digit fills its disc, whatever the text size.
    TextSpec digit{theme::TextRole::Title, kDigitDisc * 2.f, theme::ink, Align::Centre, true};
    digit.maxHeight = kDigitDisc * 1.7f;
    m_digitText.set(t, m_digit >= 0 ? std::to_string(m_digit) : "?", digit);
    m_digitText.centreVertically(m_digitCentre.x - kDigitDisc, m_digitCentre.y - kDigitDisc,
                                 kDigitDisc * 2.f);

    // Right: did you know? As tall as its words, never below the button; in
    // the levels that fill Mobi's footprint jar, the jar stands at its right,
    // unless the words would have to shrink for it (the largest text sizes).
    auto buildDyk = [&](float width) {
        m_dykCard = {770.f, 40.f, width, cardsBottom() - 40.f};
        ColumnFit dyk(m_dykCard.left + 22.f, m_dykCard.top + 16.f, m_dykCard.width - 44.f);
        dyk.text(m_dykTitle, tr("logbook.did_you_know"),
                 {theme::TextRole::Button, 0.f, theme::ink, Align::Left, true}, 4.f)
            .text(m_dykText, tr(m_ctx.forReader(d.didYouKnowTextId)),
                  {theme::TextRole::Body, 0.f, theme::ink, Align::Left}, 8.f)
            .text(m_dykSource, source(d.didYouKnowFactId),
                  {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left});
        m_dykCard.height = std::min(m_dykCard.height, dyk.fit(t, m_dykCard.height - 32.f) + 32.f);
        return dyk.scale() >= 1.f;
    };
    m_jarBox = {};
    if ((d.footprint.share > 0.f || d.footprint.planeCloud > 0.f) && buildDyk(326.f))
        buildJar();
    else
        buildDyk(486.f);
}

void LogbookScene::buildJar() {
    const LevelData& d = m_level->data;
    const Profile* p = m_ctx.activeProfile();
    // The player's jar as their levels left it; with no player (a teacher
    // looking), what this level puts in.
    m_jarFill = {0.f, d.footprint.share, {}};
    if (p) {
        const auto won = p->levels.find(d.id);
        m_jarFill.before = footprintBefore(*p, d.number);
        m_jarFill.added =
            won == p->levels.end() ? 0.f : static_cast<float>(won->second.footprintPercent) / 100.f;
    }
    // Le Grand Voyage's clouds, leg by leg, above the jar as the player's trips left them.
    if (d.footprint.planeCloud > 0.f)
        m_jarFill.clouds = p ? tripClouds(*p, d.footprint.planeCloud) : std::vector<float>{};
    m_jarMarks = {{m_jarFill.before + d.footprint.share, tr(d.footprint.markId)}};
    // Its column right of "did you know", the label under the glass, the clouds (if any) above it.
    const float column = m_dykCard.left + m_dykCard.width + 14.f, width = kLogicalWidth - 24.f - column;
    const float room = std::clamp(cardsBottom() - 40.f - 150.f, 120.f, 250.f);
    const float cloudsPerHeight = cloudsHeight(0.4f, m_jarFill.clouds); // the clouds grow with the glass
    const float h = room / (1.f + cloudsPerHeight);
    m_jarBox = {column + width / 2.f - h * 0.2f, 40.f + h * cloudsPerHeight, h * 0.4f, h};
}

void LogbookScene::next() {
    if (m_page == Page::InfoFirst) {
        m_page = Page::Logbook;
        rebuild();
        return;
    }
    openQuizAfterLevel(m_ctx, m_levelId);
}

std::string LogbookScene::infoSources() const {
    const LevelData& d = m_level->data;
    const std::string also = d.infoAlsoFactId.empty() ? "" : source(d.infoAlsoFactId);
    return source(d.infoFactId) + (also.empty() ? "" : "\n" + also);
}

std::string LogbookScene::source(const std::string& factId) const {
    return m_showSources ? sourceLine(m_ctx.strings, m_facts, factId) : "";
}

void LogbookScene::handleEvent(const UiEvent& e) { m_widgets.handle(e); }

std::string LogbookScene::describe() const {
    if (!m_level) return "logbook=" + m_levelId + " not_loaded";
    return std::string("logbook=") + m_levelId + " page=" + (m_page == Page::Logbook ? "logbook" : "info") +
           " key_text=" + m_ctx.forReader(m_keyTextId) + " fact=" + m_keyFactId +
           " digit=" + std::to_string(m_digit) + " sources=" + (m_showSources ? "shown" : "folded");
}

void LogbookScene::update(double dt) {
    // The earned digit flies onto the page once, when the page first shows.
    if (!isAnimating()) return;
    m_flight = std::min(1.f, std::max(0.f, m_flight) + static_cast<float>(dt / kFlightSeconds));
}

void LogbookScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    if (!m_level) {
        m_widgets.draw(target);
        return;
    }
    if (m_page == Page::InfoFirst) {
        drawPanel(target, m_card, 24.f, theme::card, theme::ink, theme::outline);
        target.draw(m_title);
        target.draw(m_text);
        target.draw(m_source);
        m_widgets.draw(target);
        return;
    }
    // The notebook page, with its spiral.
    drawPanel(target, m_card, 18.f, sf::Color(0xFF, 0xFD, 0xF5), theme::ink, theme::outline);
    for (float y = m_card.top + 30.f; y < m_card.top + m_card.height - 20.f; y += 42.f)
        drawCircle(target, {m_card.left + 4.f, y}, 9.f, theme::paper, theme::ink, 3.f);
    drawCircle(target, m_iconCentre, kIconDisc, theme::shade, theme::ink, 3.f);
    drawStageIcon(target, m_level->data.stage, m_iconCentre, 64.f);
    target.draw(m_kicker);
    target.draw(m_title);
    target.draw(m_text);
    target.draw(m_source);
    if (isAnimating()) { // the digit on its way: from big in the middle of the screen to its disc
        const float f = std::max(0.f, m_flight), ease = f * f * (3.f - 2.f * f);
        const sf::Vector2f from{kLogicalWidth / 2.f, kLogicalHeight / 2.f};
        const sf::Vector2f at = from + (m_digitCentre - from) * ease;
        const float scale = 2.4f - 1.4f * ease;
        target.draw(m_digitLabel);
        drawPanel(target, m_dykCard, 22.f, sf::Color(0xFF, 0xF3, 0xB0), theme::ink, theme::outline);
        target.draw(m_dykTitle);
        target.draw(m_dykText);
        target.draw(m_dykSource);
        drawJar(target);
        m_widgets.draw(target);
        drawCircle(target, at, kDigitDisc * scale, theme::yellow, theme::ink, theme::outline); // over it all
        sf::Transform t;
        t.translate(at).scale(scale, scale).translate(-m_digitCentre);
        target.draw(m_digitText, sf::RenderStates(t));
        return;
    }
    // The glow: soft rings around the digit (none in low detail).
    if (!m_ctx.settings.lowDetail)
        for (int i = 3; i >= 1; --i)
            drawCircle(target, m_digitCentre, kDigitDisc + 8.f * static_cast<float>(i),
                       sf::Color(0xF0, 0xE4, 0x42, 60));
    drawCircle(target, m_digitCentre, kDigitDisc, theme::yellow, theme::ink, theme::outline);
    probeFigure(
        target,
        {m_digitCentre.x - kDigitDisc, m_digitCentre.y - kDigitDisc, kDigitDisc * 2.f, kDigitDisc * 2.f},
        "digit disc");
    target.draw(m_digitText);
    target.draw(m_digitLabel);
    drawPanel(target, m_dykCard, 22.f, sf::Color(0xFF, 0xF3, 0xB0), theme::ink, theme::outline);
    target.draw(m_dykTitle);
    target.draw(m_dykText);
    target.draw(m_dykSource);
    drawJar(target);
    m_widgets.draw(target);
}

void LogbookScene::drawJar(sf::RenderTarget& target) const {
    if (m_jarBox.height <= 0.f) return;
    drawFootprintJar(target, m_jarTexts, m_ctx.text, m_jarBox, m_jarFill, m_jarMarks,
                     kLogicalWidth - 36.f - (m_dykCard.left + m_dykCard.width + 14.f), JarLabels::Below);
}

} // namespace mobi
