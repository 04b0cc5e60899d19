// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/MessageScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Audio.hpp"
#include "ui/Button.hpp"
#include "ui/Layout.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>

namespace mobi {

void drawVeil(sf::RenderTarget& target) {
    sf::RectangleShape veil({kLogicalWidth, kLogicalHeight});
    veil.setFillColor(theme::veil);
    target.draw(veil);
    // What lies under the veil is out of play while the overlay is up.
    if (LayoutProbe* probe = LayoutProbe::of(target)) probe->veil();
}

MessageScene::MessageScene(SceneContext& ctx, std::string title, std::string body)
    : Scene(ctx), m_titleText(std::move(title)), m_bodyText(std::move(body)) {
    rebuild();
}

void MessageScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    const float width = 860.f;
    m_title.set(t, m_titleText, {theme::TextRole::Heading, width - 80.f, theme::ink, Align::Centre, true});
    m_body.set(t, m_bodyText, {theme::TextRole::Body, width - 80.f, theme::ink, Align::Centre});
    const float buttonH = layout::buttonHeight(t.scale());
    const float height = 60.f + m_title.size().y + 24.f + m_body.size().y + 36.f + buttonH + 40.f;
    m_card = {(kLogicalWidth - width) / 2.f, std::max(20.f, (kLogicalHeight - height) / 2.f), width, height};
    m_title.setPosition({m_card.left + 40.f, m_card.top + 40.f});
    m_body.setPosition({m_card.left + 40.f, m_card.top + 40.f + m_title.size().y + 24.f});
    m_widgets.clear();
    const sf::FloatRect ok{kLogicalWidth / 2.f - 150.f, m_card.top + m_card.height - 40.f - buttonH, 300.f,
                           buttonH};
    m_widgets.add<Button>(t, tr("common.ok"), ok, [this] { close(); });
    m_widgets.setFocus(0);
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
}

void MessageScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isBackKey()) close();
}

void MessageScene::draw(sf::RenderTarget& target) const {
    drawVeil(target);
    drawPanel(target, m_card, 28.f, theme::card, theme::ink, theme::outline);
    target.draw(m_title);
    target.draw(m_body);
    m_widgets.draw(target);
}

ConfirmScene::ConfirmScene(SceneContext& ctx, std::string question, std::string safeLabel,
                           std::string riskyLabel, std::function<void()> onRisky)
    : Scene(ctx), m_question(std::move(question)), m_safe(std::move(safeLabel)),
      m_risky(std::move(riskyLabel)), m_onRisky(std::move(onRisky)) {
    rebuild();
}

void ConfirmScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    const float width = 900.f;
    m_text.set(t, m_question, {theme::TextRole::Heading, width - 80.f, theme::ink, Align::Centre, true});
    const float buttonH = layout::buttonHeight(t.scale());
    const float height = 50.f + m_text.size().y + 40.f + buttonH + 45.f;
    m_card = {(kLogicalWidth - width) / 2.f, (kLogicalHeight - height) / 2.f, width, height};
    m_text.setPosition({m_card.left + 40.f, m_card.top + 45.f});
    m_widgets.clear();
    auto slots = layout::row(kLogicalWidth / 2.f, m_card.top + m_card.height - 45.f - buttonH, 380.f, buttonH,
                             40.f, 2);
    m_widgets.add<Button>(
        t, m_safe, slots[0], [this] { close(); }, ButtonKind::Primary);
    m_widgets.add<Button>(
        t, m_risky, slots[1],
        [this] {
            close();
            if (m_onRisky) m_onRisky();
        },
        ButtonKind::Danger);
    m_widgets.setFocus(0);
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
}

void ConfirmScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isBackKey()) close();
}

void ConfirmScene::draw(sf::RenderTarget& target) const {
    drawVeil(target);
    drawPanel(target, m_card, 28.f, theme::card, theme::ink, theme::outline);
    target.draw(m_text);
    m_widgets.draw(target);
}

std::string MessageScene::describe() const {
    std::string words = m_bodyText;
    std::replace(words.begin(), words.end(), ' ', '_');
    return "message=" + words;
}

} // namespace mobi
