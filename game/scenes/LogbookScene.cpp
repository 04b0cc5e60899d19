#include "scenes/LogbookScene.hpp"

#include "content/VaultData.hpp"
#include "core/Letterbox.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "scenes/LevelScreens.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {

LogbookScene::LogbookScene(SceneContext& ctx, std::string levelId, Page page)
    : Scene(ctx), m_levelId(std::move(levelId)), m_page(page) {
    m_level = loadLevelForScene(ctx, m_levelId);
    ErrorList ignored; // facts.xml problems are reported by --check-data
    m_facts = loadFactsFile((ctx.assets.dataDir() / "levels" / "facts.xml").u8string(), ignored);
    if (m_level) {
        m_digit = vaultDigit(ctx.assets.dataDir(), currentCodeSet(ctx), m_levelId);
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
    m_widgets.setFocus(0);
}

void LogbookScene::buildInfo() {
    const TextStyler& t = m_ctx.text;
    const LevelData& d = m_level->data;
    m_card = {140.f, 30.f, 1000.f, kLogicalHeight - layout::buttonHeight(t.scale()) - 70.f};
    m_title.set(t, tr(d.infoTitleId), {theme::TextRole::Heading, 900.f, theme::ink, Align::Left, true});
    m_title.setPosition({m_card.left + 50.f, m_card.top + 35.f});
    m_text.set(t, tr(d.infoTextId), {theme::TextRole::Body, 900.f, theme::ink, Align::Left});
    m_text.setPosition({m_card.left + 50.f, m_title.position().y + m_title.size().y + 16.f});
    m_source.set(t, sourceLine(m_ctx.strings, m_facts, d.infoFactId),
                 {theme::TextRole::Small, 900.f, theme::inkSoft, Align::Left});
    m_source.setPosition({m_card.left + 50.f, m_text.position().y + m_text.size().y + 16.f});
}

void LogbookScene::buildLogbook() {
    const TextStyler& t = m_ctx.text;
    const LevelData& d = m_level->data;
    m_card = {30.f, 24.f, 720.f, kLogicalHeight - layout::buttonHeight(t.scale()) - 60.f};
    m_kicker.set(t,
                 tr("logbook.kicker",
                    {{"number", std::to_string(d.number)}, {"stage", tr("level." + d.id + ".stage")}}),
                 {theme::TextRole::Small, 560.f, theme::inkSoft, Align::Left, true});
    m_kicker.setPosition({m_card.left + 150.f, m_card.top + 26.f});
    m_title.set(t, tr("level." + d.id + ".name"),
                {theme::TextRole::Heading, 560.f, theme::ink, Align::Left, true});
    m_title.setPosition({m_card.left + 150.f, m_kicker.position().y + m_kicker.size().y});
    m_text.set(t, tr(d.keyTextId), {theme::TextRole::Body, 620.f, theme::ink, Align::Left});
    m_text.setPosition({m_card.left + 60.f, m_card.top + 150.f});
    m_source.set(t, sourceLine(m_ctx.strings, m_facts, d.keyFactId),
                 {theme::TextRole::Small, 620.f, theme::inkSoft, Align::Left});
    m_source.setPosition({m_card.left + 60.f, m_text.position().y + m_text.size().y + 10.f});

    // The digit, glowing, at the foot of the page.
    m_digitCentre = {m_card.left + 130.f, m_card.top + m_card.height - 85.f};
    m_digitText.set(t, m_digit >= 0 ? std::to_string(m_digit) : "?",
                    {theme::TextRole::Title, 120.f, theme::ink, Align::Centre, true});
    m_digitText.centreVertically(m_digitCentre.x - 60.f, m_digitCentre.y - 50.f, 100.f);
    m_digitLabel.set(t, tr("logbook.digit"), {theme::TextRole::Body, 520.f, theme::ink, Align::Left, true});
    m_digitLabel.centreVertically(m_digitCentre.x + 80.f, m_digitCentre.y - 50.f, 100.f);

    // Right: did you know?
    m_dykCard = {770.f, 40.f, 486.f, 0.f};
    m_dykTitle.set(t, tr("logbook.did_you_know"),
                   {theme::TextRole::Button, 440.f, theme::ink, Align::Left, true});
    m_dykTitle.setPosition({m_dykCard.left + 22.f, m_dykCard.top + 16.f});
    m_dykText.set(t, tr(d.didYouKnowTextId), {theme::TextRole::Body, 440.f, theme::ink, Align::Left});
    m_dykText.setPosition({m_dykCard.left + 22.f, m_dykTitle.position().y + m_dykTitle.size().y + 4.f});
    m_dykSource.set(t, sourceLine(m_ctx.strings, m_facts, d.didYouKnowFactId),
                    {theme::TextRole::Small, 440.f, theme::inkSoft, Align::Left});
    m_dykSource.setPosition({m_dykCard.left + 22.f, m_dykText.position().y + m_dykText.size().y + 8.f});
    m_dykCard.height = m_dykSource.position().y + m_dykSource.size().y + 16.f - m_dykCard.top;
}

void LogbookScene::next() {
    if (m_page == Page::InfoFirst) {
        m_page = Page::Logbook;
        rebuild();
        return;
    }
    openQuizAfterLevel(m_ctx, m_levelId);
}

void LogbookScene::handleEvent(const UiEvent& e) { m_widgets.handle(e); }

void LogbookScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    if (!m_level) {
        m_widgets.draw(target);
        return;
    }
    if (m_page == Page::InfoFirst) {
        target.draw(roundedRect(m_card, 24.f, theme::card, theme::ink, theme::outline));
        target.draw(m_title);
        target.draw(m_text);
        target.draw(m_source);
        m_widgets.draw(target);
        return;
    }
    // The notebook page, with its spiral.
    target.draw(roundedRect(m_card, 18.f, sf::Color(0xFF, 0xFD, 0xF5), theme::ink, theme::outline));
    for (float y = m_card.top + 30.f; y < m_card.top + m_card.height - 20.f; y += 42.f)
        drawCircle(target, {m_card.left + 4.f, y}, 9.f, theme::paper, theme::ink, 3.f);
    drawCircle(target, {m_card.left + 85.f, m_card.top + 68.f}, 46.f, theme::shade, theme::ink, 3.f);
    drawStageIcon(target, m_level->data.stage, {m_card.left + 85.f, m_card.top + 68.f}, 64.f);
    target.draw(m_kicker);
    target.draw(m_title);
    target.draw(m_text);
    target.draw(m_source);
    // The glow: soft rings around the digit (none in low detail).
    if (!m_ctx.settings.lowDetail)
        for (int i = 3; i >= 1; --i)
            drawCircle(target, m_digitCentre, 52.f + 14.f * static_cast<float>(i),
                       sf::Color(0xF0, 0xE4, 0x42, 60));
    drawCircle(target, m_digitCentre, 52.f, theme::yellow, theme::ink, theme::outline);
    target.draw(m_digitText);
    target.draw(m_digitLabel);
    target.draw(roundedRect(m_dykCard, 22.f, sf::Color(0xFF, 0xF3, 0xB0), theme::ink, theme::outline));
    target.draw(m_dykTitle);
    target.draw(m_dykText);
    target.draw(m_dykSource);
    m_widgets.draw(target);
}

} // namespace mobi
