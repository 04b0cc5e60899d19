// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/PauseScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Audio.hpp"
#include "scenes/MessageScene.hpp"
#include "scenes/SceneRegistry.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>

namespace mobi {

PauseScene::PauseScene(SceneContext& ctx, std::function<void()> skipLevel)
    : Scene(ctx), m_skipLevel(std::move(skipLevel)) {
    rebuild();
}

void PauseScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    const int count = (m_ctx.kiosk() ? 3 : 5) + (m_skipLevel ? 1 : 0);
    const float gap = 14.f;
    TextSpec heading{theme::TextRole::Heading, 500.f, theme::ink, Align::Centre, true};
    heading.maxLines = 1;
    m_heading.set(t, tr("pause.title"), heading);
    // The buttons get lower when the largest text would push the card off the screen.
    const float room = kLogicalHeight - 20.f - (76.f + m_heading.size().y) - static_cast<float>(count) * gap;
    const float h = std::min(layout::buttonHeight(t.scale()), room / static_cast<float>(count));
    const float height = 40.f + m_heading.size().y + 20.f + static_cast<float>(count) * (h + gap) + 26.f;
    m_card = {kLogicalWidth / 2.f - 280.f, std::max(10.f, (kLogicalHeight - height) / 2.f), 560.f, height};
    m_heading.setPosition({m_card.left + 30.f, m_card.top + 30.f});

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    auto slots =
        layout::column(kLogicalWidth / 2.f, m_card.top + 50.f + m_heading.size().y, 460.f, h, gap, count);
    std::size_t i = 0;
    m_widgets.add<Button>(t, tr("pause.resume"), slots[i++], [this] { close(); });
    if (m_skipLevel)
        m_widgets.add<Button>(
            t, tr("pause.skip_level"), slots[i++],
            [this] {
                close();
                m_skipLevel();
            },
            ButtonKind::Secondary);
    if (!m_ctx.kiosk())
        m_widgets.add<Button>(
            t, tr("menu.settings"), slots[i++], [this] { open("settings"); }, ButtonKind::Secondary);
    m_widgets.add<Button>(
        t, tr("pause.to_map"), slots[i++],
        [this] {
            startScene(m_ctx, "menu");
            open("levelmap");
        },
        ButtonKind::Secondary);
    m_widgets.add<Button>(
        t, tr("pause.to_menu"), slots[i++], [this] { goTo("menu"); }, ButtonKind::Secondary);
    if (!m_ctx.kiosk())
        m_widgets.add<Button>(
            t, tr("common.quit"), slots[i++], [this] { m_ctx.app.quit(); }, ButtonKind::Secondary);
    m_widgets.setFocus(0);
}

void PauseScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape) || e.isKey(sf::Keyboard::P)) close();
}

void PauseScene::draw(sf::RenderTarget& target) const {
    drawVeil(target);
    drawPanel(target, m_card, 28.f, theme::card, theme::ink, theme::outline);
    target.draw(m_heading);
    m_widgets.draw(target);
}

ErrorScene::ErrorScene(SceneContext& ctx) : Scene(ctx) { rebuild(); }

void ErrorScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    const ErrorList& errors = m_ctx.dataErrors;
    m_heading.set(t, tr(errors.empty() ? "errors.none_title" : "errors.title"),
                  {theme::TextRole::Heading, 1180.f, theme::ink, Align::Centre, true});
    m_heading.setPosition({50.f, 20.f});
    m_intro.set(
        t,
        tr(errors.empty() ? "errors.none_body" : "errors.intro", {{"count", std::to_string(errors.size())}}),
        {theme::TextRole::Body, 1180.f, theme::ink, Align::Left});
    m_intro.setPosition({50.f, 30.f + m_heading.size().y});
    // File names and messages are technical: a smaller size, left aligned, one per paragraph.
    std::string lines;
    for (const auto& e : errors.all())
        lines += "• " + e.toString() + "\n";
    m_list.set(t, lines, {theme::TextRole::Small, 1160.f, theme::ink, Align::Left});
    m_scroll = 0;
    m_list.setPosition({60.f, 50.f + m_heading.size().y + m_intro.size().y});

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    const float h = layout::buttonHeight(t.scale());
    auto slots =
        layout::row(kLogicalWidth / 2.f, kLogicalHeight - h - 16.f, 400.f, h, 40.f, m_ctx.kiosk() ? 1 : 2);
    m_widgets.add<Button>(t, tr(errors.empty() ? "common.ok" : "errors.continue"), slots[0],
                          [this] { goTo("title"); });
    if (!m_ctx.kiosk())
        m_widgets.add<Button>(
            t, tr("common.quit"), slots[1], [this] { m_ctx.app.quit(); }, ButtonKind::Secondary);
    m_widgets.setFocus(0);
}

void ErrorScene::handleEvent(const UiEvent& e) {
    // The list scrolls with the wheel or the up/down arrows when it is long.
    const float step = m_list.lineHeight() * 2.f;
    const float listTop = 50.f + m_heading.size().y + m_intro.size().y;
    const float visible = kLogicalHeight - 120.f - listTop;
    const float maxScroll = std::max(0.f, m_list.size().y - visible);
    float scroll = m_scroll;
    if (e.type == UiEvent::Type::Wheel) scroll -= e.wheel * step;
    if (e.isKey(sf::Keyboard::Down) || e.isKey(sf::Keyboard::PageDown)) scroll += step;
    if (e.isKey(sf::Keyboard::Up) || e.isKey(sf::Keyboard::PageUp)) scroll -= step;
    scroll = std::clamp(scroll, 0.f, maxScroll);
    if (scroll != m_scroll) {
        m_scroll = scroll;
        m_list.setPosition({60.f, listTop - m_scroll});
        return;
    }
    m_widgets.handle(e);
}

void ErrorScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, true);
    target.draw(m_list);
    // Cover the list where it scrolls under the heading and the buttons.
    const float listTop = 50.f + m_heading.size().y + m_intro.size().y;
    sf::RectangleShape top({kLogicalWidth, listTop - 8.f}), bottom({kLogicalWidth, 120.f});
    top.setFillColor(theme::paper);
    bottom.setFillColor(theme::paper);
    bottom.setPosition(0, kLogicalHeight - 112.f);
    target.draw(top);
    target.draw(bottom);
    target.draw(m_heading);
    target.draw(m_intro);
    m_widgets.draw(target);
}

} // namespace mobi
