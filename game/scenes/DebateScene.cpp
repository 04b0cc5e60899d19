// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/DebateScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/ColumnFit.hpp"
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
    // A short class session has a few minutes left: one card to debate, the first.
    const bool shortDebate = ctx.classMode() && ctx.settings.shortClassSession();
    bool debated = false;
    for (const auto& card : m_debate.cards) {
        if (!(both ? (card.young || card.older) : young ? card.young : card.older)) continue;
        if (card.kind == "debate" && shortDebate && debated) continue;
        debated |= card.kind == "debate";
        m_cards.push_back(&card);
    }
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
    // The top band: the title on the left, the card counter on the right.
    TextSpec title{theme::TextRole::Body, 840.f, theme::ink, Align::Left, true};
    title.maxLines = 1;
    m_title.set(t, tr("debate.title"), title);
    m_title.centreVertically(24.f, 0.f, 64.f);
    if (m_cards.empty()) return;
    const DebateCard& card = *m_cards[m_index];
    TextSpec counter{theme::TextRole::Small, 330.f, theme::inkSoft, Align::Right, true};
    counter.maxLines = 1;
    m_counter.set(
        t,
        tr("debate.counter", {{"n", std::to_string(m_index + 1)}, {"total", std::to_string(m_cards.size())}}),
        counter);
    m_counter.centreVertically(kLogicalWidth - 24.f - 330.f, 0.f, 64.f);
    const bool commitment = card.kind == "commitment";
    const float h = layout::buttonHeight(t.scale());
    const float bottom = kLogicalHeight - h - 14.f;
    // The card: its kind, and its words as big as fit (it is read from the
    // back of a class); on the commitment card, how many promises are chosen.
    m_card = {60.f, 80.f, 1160.f, 0.f};
    ColumnFit column(m_card.left + 40.f, m_card.top + 18.f, m_card.width - 80.f);
    column
        .text(m_kind, tr("debate.kind." + card.kind),
              {theme::TextRole::Button, 0.f, theme::inkSoft, Align::Centre, true}, 10.f)
        .text(m_text, tr(card.textId),
              {commitment ? theme::TextRole::Body : theme::TextRole::Heading, 0.f, theme::ink, Align::Centre,
               true});
    if (commitment)
        column.text(m_count, tr("debate.choose_count", {{"count", std::to_string(m_chosen.size())}}),
                    {theme::TextRole::Small, 0.f, theme::ink, Align::Centre, true}, 0.f);
    else
        m_count.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
    // On the commitment card, the chips below need the room more than the card's words.
    const float room = bottom - 16.f - m_card.top;
    m_card.height = column.fit(t, (commitment ? room * 0.34f : room) - 36.f) + 36.f;
    if (commitment) {
        // The promises, three columns of chips, their labels at one size; three at most can be chosen.
        const float top = m_card.top + m_card.height + 12.f;
        const std::size_t rows = (m_debate.promises.size() + 2) / 3;
        const sf::Vector2f chip{393.f,
                                std::min(110.f, (bottom - 12.f - top) / static_cast<float>(rows) - 10.f)};
        std::vector<std::string> labels;
        for (const PromiseDef& promise : m_debate.promises)
            labels.push_back(tr(promise.textId));
        const float scale = ChoiceChip::commonScale(t, labels, chip);
        for (std::size_t i = 0; i < m_debate.promises.size(); ++i) {
            const PromiseDef& promise = m_debate.promises[i];
            const bool chosen = std::find(m_chosen.begin(), m_chosen.end(), promise.id) != m_chosen.end();
            const sf::FloatRect r{40.f + static_cast<float>(i % 3) * 403.f,
                                  top + static_cast<float>(i / 3) * (chip.y + 10.f), chip.x, chip.y};
            const std::string id = promise.id;
            m_widgets.add<ChoiceChip>(
                t, labels[i], r, chosen,
                [this, id] {
                    auto it = std::find(m_chosen.begin(), m_chosen.end(), id);
                    if (it != m_chosen.end())
                        m_chosen.erase(it);
                    else if (m_chosen.size() < Settings::kMaxPromises)
                        m_chosen.push_back(id);
                    requestRebuild();
                },
                scale);
        }
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

std::string DebateScene::describe() const {
    std::string chosen;
    for (const std::string& id : m_chosen)
        chosen += (chosen.empty() ? "" : ",") + id;
    return "card=" + std::to_string(m_index + 1) + "/" + std::to_string(m_cards.size()) +
           " promises=" + (chosen.empty() ? "-" : chosen);
}

} // namespace mobi
