// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/MenuScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Audio.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {

MenuScene::MenuScene(SceneContext& ctx) : Scene(ctx) { rebuild(); }

void MenuScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    // Title and badge keep to one line, smaller if need be (class mode at the
    // largest text size would wrap them).
    TextSpec title{theme::TextRole::Title, 580.f, theme::ink, Align::Centre, true};
    title.maxHeight = 110.f;
    m_title.set(t, tr("game.title"), title);
    m_title.setPosition({40.f, 30.f});
    m_bubble.set(t, tr("menu.greeting"), {theme::TextRole::Body, 440.f, theme::ink, Align::Centre});
    m_bubbleRect = {110.f, 150.f, 480.f, m_bubble.size().y + 36.f};
    m_bubble.setPosition({m_bubbleRect.left + 20.f, m_bubbleRect.top + 14.f});
    TextSpec badge{theme::TextRole::Small, 300.f, theme::ink, Align::Centre, true};
    badge.maxHeight = 44.f;
    m_badge.set(t, m_ctx.classMode() ? tr("menu.class_mode") : "", badge);
    m_badgeRect = {50.f, kLogicalHeight - 26.f - m_badge.size().y - 16.f, 320.f, m_badge.size().y + 16.f};
    m_badge.setPosition({60.f, m_badgeRect.top + 8.f});
    // Mobi stands under the bubble: a tall bubble (large text) makes Mobi
    // smaller rather than covering the words. The figure spans h/2 above its
    // centre and 0.68 h below it (feet).
    const float mobiTop = m_bubbleRect.top + m_bubbleRect.height + 28.f;
    const float mobiFloor = m_ctx.classMode() ? m_badgeRect.top - 8.f : kLogicalHeight - 20.f;
    m_mobiHeight = std::min(260.f, (mobiFloor - mobiTop) / 1.18f);
    // In the middle of its room: the body's top is h/2 above the centre, the feet 0.68 h below.
    m_mobiCentre = {250.f, mobiTop + (mobiFloor - mobiTop - 1.18f * m_mobiHeight) / 2.f + m_mobiHeight / 2.f};

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    struct Entry {
        std::string label;
        std::function<void()> action;
        ButtonKind kind;
    };
    std::vector<Entry> entries = {
        {tr("menu.play"), [this] { open("levelmap"); }, ButtonKind::Primary},
        // In class mode, the quiz is the class vote.
        {tr("menu.quiz"), [this] { open("quiz:all"); }, ButtonKind::Primary},
        {tr("menu.prologue"), [this] { open("prologue"); }, ButtonKind::Secondary},
        {tr("menu.vault"), [this] { open("vault"); }, ButtonKind::Primary},
        {tr("menu.logbook"), [this] { open("logbook"); }, ButtonKind::Secondary},
    };
    if (!m_ctx.kiosk()) {
        entries.push_back({tr("menu.settings"), [this] { open("settings"); }, ButtonKind::Primary});
        entries.push_back({tr("common.quit"), [this] { m_ctx.app.quit(); }, ButtonKind::Secondary});
    }
    // Seven buttons at the class-mode text size do not fit under the title:
    // then the gaps close and the buttons get lower (their labels step down).
    const int n = static_cast<int>(entries.size());
    const float kTop = 130.f, room = kLogicalHeight - kTop - 14.f;
    float h = layout::buttonHeight(t.scale());
    float gap = 18.f;
    if (static_cast<float>(n) * h + static_cast<float>(n - 1) * gap > room) {
        gap = 10.f;
        h = std::min(h, (room - static_cast<float>(n - 1) * gap) / static_cast<float>(n));
    }
    const float total = static_cast<float>(n) * h + static_cast<float>(n - 1) * gap;
    const float top = std::max(kTop, (kLogicalHeight - total) / 2.f + 30.f);
    auto slots = layout::column(900.f, top, 470.f, h, gap, n);
    for (int i = 0; i < n; ++i) {
        auto& e = entries[static_cast<std::size_t>(i)];
        m_widgets.add<Button>(t, e.label, slots[static_cast<std::size_t>(i)], e.action, e.kind);
    }
    // Who is playing, top right: pressing it changes the player.
    if (!m_ctx.classMode()) {
        const Profile* p = m_ctx.activeProfile();
        const std::string who = p ? tr("menu.player", {{"name", p->name}}) : tr("menu.choose_player");
        // Room for two lines at the largest text size, above the column.
        const float whoHeight = std::min(100.f, std::max(64.f, layout::buttonHeight(t.scale())));
        m_widgets.add<Button>(
            t, who, sf::FloatRect{860.f, 20.f, 400.f, whoHeight}, [this] { goTo("profiles"); },
            ButtonKind::Secondary);
    }
    m_widgets.setFocus(0);
}

void MenuScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape)) goTo("title");
}

void MenuScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_title);
    // Mobi and a speech bubble.
    drawPanel(target, m_bubbleRect, 24.f, theme::card, theme::ink, theme::outline);
    sf::ConvexShape tail(3);
    tail.setPoint(0, {m_bubbleRect.left + 70.f, m_bubbleRect.top + m_bubbleRect.height - 2.f});
    tail.setPoint(1, {m_bubbleRect.left + 120.f, m_bubbleRect.top + m_bubbleRect.height - 2.f});
    tail.setPoint(2, {m_bubbleRect.left + 40.f, m_bubbleRect.top + m_bubbleRect.height + 40.f});
    tail.setFillColor(theme::card);
    target.draw(tail);
    target.draw(m_bubble);
    drawMobi(target, m_mobiCentre, m_mobiHeight, Mood::Happy, m_ctx.mobiColour(), 0.8f);
    if (m_ctx.classMode()) {
        drawPanel(target, m_badgeRect, 16.f, theme::yellow, theme::ink, 3.f);
        target.draw(m_badge);
    }
    m_widgets.draw(target);
}

} // namespace mobi
