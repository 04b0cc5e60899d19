#include "scenes/DebateScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <algorithm>
#include <iostream>

namespace mobi {

DebateScene::DebateScene(SceneContext& ctx) : Scene(ctx) {
    ErrorList errors;
    m_debate = loadDebateFile(ctx.assets.dataDir(), nullptr, errors);
    for (const auto& e : errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
    const Profile* p = ctx.activeProfile();
    // Class mode and families without a chosen player see the cards of both bands.
    const bool young = p && p->ageBand == AgeBand::Young && !ctx.classMode();
    const bool both = !p || ctx.classMode();
    for (const auto& card : m_debate.cards)
        if (both ? (card.young || card.older) : young ? card.young : card.older) m_cards.push_back(&card);
    m_chosen = ctx.settings.promises;
    rebuild();
}

void DebateScene::showPromises() {
    if (!m_cards.empty()) m_index = m_cards.size() - 1;
    rebuild();
}

void DebateScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_title.set(t, tr("debate.title"), {theme::TextRole::Body, 700.f, theme::ink, Align::Left, true});
    m_title.centreVertically(24.f, 0.f, 64.f);
    if (m_cards.empty()) return;
    const DebateCard& card = *m_cards[m_index];
    m_counter.set(
        t,
        tr("debate.counter", {{"n", std::to_string(m_index + 1)}, {"total", std::to_string(m_cards.size())}}),
        {theme::TextRole::Small, 300.f, theme::inkSoft, Align::Right, true});
    m_counter.centreVertically(950.f, 0.f, 64.f);
    const bool commitment = card.kind == "commitment";
    m_kind.set(t, tr("debate.kind." + card.kind),
               {theme::TextRole::Button, 1100.f, theme::inkSoft, Align::Centre, true});
    m_kind.setPosition({90.f, 90.f});
    // A debate card is read from the back of a class: the biggest text that fits.
    m_text.set(t, tr(card.textId),
               {commitment ? theme::TextRole::Small : theme::TextRole::Heading, 1080.f, theme::ink,
                Align::Centre, true});
    m_text.setPosition({100.f, 100.f + m_kind.size().y + 10.f});
    m_card = {60.f, 80.f, 1160.f, m_kind.size().y + m_text.size().y + 50.f};
    const float h = layout::buttonHeight(t.scale());
    const float bottom = kLogicalHeight - h - 14.f;
    if (commitment) {
        // The promises, three columns of chips; three at most can be chosen.
        const float top = m_card.top + m_card.height + 12.f;
        const std::size_t rows = (m_debate.promises.size() + 2) / 3;
        const float chipH = std::min(110.f, (bottom - top - 44.f) / static_cast<float>(rows) - 10.f);
        for (std::size_t i = 0; i < m_debate.promises.size(); ++i) {
            const PromiseDef& promise = m_debate.promises[i];
            const bool chosen = std::find(m_chosen.begin(), m_chosen.end(), promise.id) != m_chosen.end();
            const sf::FloatRect r{40.f + static_cast<float>(i % 3) * 403.f,
                                  top + static_cast<float>(i / 3) * (chipH + 10.f), 393.f, chipH};
            const std::string id = promise.id;
            m_widgets.add<ChoiceChip>(t, tr(promise.textId), r, chosen, [this, id] {
                auto it = std::find(m_chosen.begin(), m_chosen.end(), id);
                if (it != m_chosen.end())
                    m_chosen.erase(it);
                else if (m_chosen.size() < Settings::kMaxPromises)
                    m_chosen.push_back(id);
                requestRebuild();
            });
        }
        m_count.set(t, tr("debate.choose_count", {{"count", std::to_string(m_chosen.size())}}),
                    {theme::TextRole::Small, 400.f, theme::ink, Align::Left, true});
        m_count.setPosition({44.f, bottom - 42.f});
    } else {
        m_count.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
    }
    auto slots = layout::row(kLogicalWidth / 2.f, bottom, 400.f, h, 30.f, 2);
    m_widgets.add<Button>(
        t, m_index == 0 ? tr("common.back") : tr("debate.previous"), slots[0],
        [this] {
            if (m_index == 0)
                close();
            else {
                --m_index;
                requestRebuild();
            }
        },
        ButtonKind::Secondary);
    if (commitment) {
        auto& keep = m_widgets.add<Button>(t, tr("debate.save"), slots[1],
                                           [this] { later([this] { keepPromises(); }); });
        keep.enabled = !m_chosen.empty();
    } else {
        m_widgets.add<Button>(t, tr("debate.next"), slots[1], [this] {
            ++m_index;
            requestRebuild();
        });
    }
    m_widgets.setFocus(static_cast<int>(m_widgets.size()) - 1);
}

void DebateScene::keepPromises() {
    m_ctx.settings.promises = m_chosen;
    m_ctx.app.settingsChanged(); // saved at once; the title screen shows them
    m_ctx.audio.play(Sfx::Success);
    goTo("title");
}

void DebateScene::handleEvent(const UiEvent& e) {
    // Space or → turn the card, as in the class quiz (not on the promises: Space picks one there).
    if (m_index + 1 < m_cards.size() && (e.isKey(sf::Keyboard::Right) || e.isKey(sf::Keyboard::Space))) {
        ++m_index;
        rebuild();
        return;
    }
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape)) close();
}

void DebateScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_title);
    if (m_cards.empty()) {
        m_widgets.draw(target);
        return;
    }
    target.draw(m_counter);
    drawPanel(target, m_card, 30.f, theme::card, theme::ink, theme::outline);
    target.draw(m_kind);
    target.draw(m_text);
    target.draw(m_count);
    m_widgets.draw(target);
}

} // namespace mobi
