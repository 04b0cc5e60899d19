// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/VaultOpenScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Audio.hpp"
#include "scenes/DebateScene.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/ColumnFit.hpp"
#include "ui/Layout.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/LeoFigure.hpp"
#include "ui/QuizPictures.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {
constexpr double kDoorSeconds = 2.5;    // the two halves slide apart
constexpr double kOpeningSeconds = 4.0; // then Mobi and Léo wave in the light a while
// The solution since 2023, each with its picture (DESIGN.md, "The 2070 digital vault").
const char* const kSolutionIds[] = {"solution.bisou", "solution.fiver",  "solution.keep",
                                    "solution.wifi",  "solution.repair", "solution.bring_back"};
const char* const kSolutionPictures[] = {"message", "recovery", "phone", "wifi", "repair", "collection_box"};
constexpr int kReplySentences = 6;
constexpr std::size_t kMaxReply = 3;
constexpr float kPictureDisc = 32.f; // radius of the disc behind each solution's picture
} // namespace

VaultOpenScene::VaultOpenScene(SceneContext& ctx) : Scene(ctx) {
    // Without animation the door is simply open.
    if (ctx.settings.lowDetail) m_phase = Phase::Solution;
    rebuild();
}

void VaultOpenScene::setPhase(Phase phase) {
    m_phase = phase;
    requestRebuild();
}

void VaultOpenScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_lines.clear();
    const float h = layout::buttonHeight(t.scale());
    const sf::FloatRect bottom{kLogicalWidth / 2.f - 230.f, kLogicalHeight - h - 14.f, 460.f, h};
    switch (m_phase) {
    case Phase::Opening:
        m_title.set(t, tr("vault.opening"),
                    {theme::TextRole::Title, 1100.f, theme::ink, Align::Centre, true});
        m_title.setPosition({90.f, 30.f});
        m_text.set(t, "", {theme::TextRole::Body, 10.f, theme::ink});
        break;
    case Phase::Solution:
        buildSolution(bottom.top - 12.f);
        m_widgets.add<Button>(t, tr("solution.reply"), bottom, [this] { setPhase(Phase::Reply); });
        break;
    case Phase::Reply: {
        buildReply(bottom.top - 14.f);
        auto& send = m_widgets.add<Button>(t, tr("reply.send"), bottom, [this] {
            m_ctx.audio.play(Sfx::Success);
            setPhase(Phase::Sent);
        });
        send.enabled = !m_chosen.empty();
        break;
    }
    case Phase::Sent: {
        TextSpec title{theme::TextRole::Title, 1100.f, theme::ink, Align::Centre, true};
        title.maxLines = 1;
        m_title.set(t, tr("reply.sent_title"), title);
        m_title.setPosition({90.f, 30.f});
        // The reply as Léo will read it: the chosen sentences, in order.
        std::string letter = tr("reply.dear");
        for (int i : m_chosen)
            letter += "\n" + tr("reply." + std::to_string(i + 1));
        TextSpec text{theme::TextRole::Body, 900.f, theme::ink, Align::Left};
        text.maxHeight = bottom.top - 20.f - (70.f + m_title.size().y);
        m_text.set(t, letter, text);
        m_text.setPosition({250.f, 70.f + m_title.size().y});
        SceneContext* c = &m_ctx;
        m_widgets.add<Button>(t, tr("reply.to_debate"), bottom, [c] {
            c->stack.replaceTop([c] { return std::make_unique<DebateScene>(*c); });
        });
        break;
    }
    }
    m_widgets.setFocus(m_phase == Phase::Reply ? 0 : static_cast<int>(m_widgets.size()) - 1);
}

void VaultOpenScene::buildSolution(float bottom) {
    // Two columns of three, each line beside its picture, all at one size.
    const TextStyler& t = m_ctx.text;
    // One line, shrunk if need be: at the largest size in capitals two lines
    // of heading would leave the six ideas no room.
    TextSpec title{theme::TextRole::Heading, 1180.f, theme::ink, Align::Centre, true};
    title.maxLines = 1;
    m_title.set(t, tr("solution.title"), title);
    m_title.setPosition({50.f, 14.f});
    m_text.set(t, "", {theme::TextRole::Body, 10.f, theme::ink});
    const float top = 28.f + m_title.size().y;
    m_lines.resize(std::size(kSolutionIds));
    m_pictures.resize(m_lines.size());
    std::vector<ColumnFit> columns{ColumnFit(40.f, top, 580.f), ColumnFit(660.f, top, 580.f)};
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        columns[i < 3 ? 0 : 1].row(
            {kPictureDisc * 2.f, kPictureDisc * 2.f}, &m_pictures[i],
            {{&m_lines[i], tr(kSolutionIds[i]), {theme::TextRole::Body, 0.f, theme::ink, Align::Left}}},
            16.f);
    float scale = 1.f;
    for (ColumnFit& c : columns) {
        c.fit(t, bottom - top);
        scale = std::min(scale, c.scale());
    }
    for (ColumnFit& c : columns)
        c.fit(t, bottom - top, scale);
}

void VaultOpenScene::buildReply(float bottom) {
    // Six sentences to choose from, three at most, their chips at one size.
    const TextStyler& t = m_ctx.text;
    ColumnFit header(50.f, 14.f, 1180.f);
    header
        .text(m_title, tr("reply.title"), {theme::TextRole::Heading, 0.f, theme::ink, Align::Centre, true},
              6.f)
        .text(m_text, tr("reply.help"), {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Centre});
    const float top = 14.f + header.fit(t, 160.f) + 16.f;
    const sf::Vector2f chip{595.f, std::min(100.f, (bottom - top) / 3.f - 12.f)};
    std::vector<std::string> labels;
    for (int i = 0; i < kReplySentences; ++i)
        labels.push_back(tr("reply." + std::to_string(i + 1)));
    const float scale = ChoiceChip::commonScale(t, labels, chip);
    for (int i = 0; i < kReplySentences; ++i) {
        const bool chosen = std::find(m_chosen.begin(), m_chosen.end(), i) != m_chosen.end();
        const sf::FloatRect r{40.f + static_cast<float>(i % 2) * 605.f,
                              top + static_cast<float>(i / 2) * (chip.y + 12.f), chip.x, chip.y};
        m_widgets.add<ChoiceChip>(
            t, labels[static_cast<std::size_t>(i)], r, chosen,
            [this, i] {
                auto it = std::find(m_chosen.begin(), m_chosen.end(), i);
                if (it != m_chosen.end())
                    m_chosen.erase(it);
                else if (m_chosen.size() < kMaxReply)
                    m_chosen.push_back(i);
                requestRebuild();
            },
            scale);
    }
}

void VaultOpenScene::showPhase(Phase phase) {
    if (phase == Phase::Reply || phase == Phase::Sent) m_chosen = {0, 2, 4};
    m_phase = phase;
    rebuild();
}

void VaultOpenScene::update(double dt) {
    if (m_phase != Phase::Opening) return;
    const bool wasShut = m_time < kDoorSeconds;
    m_time += dt;
    if (wasShut && m_time >= kDoorSeconds) m_ctx.audio.play(Sfx::Success); // open: a cheer
    if (m_time >= kOpeningSeconds) setPhase(Phase::Solution);
}

void VaultOpenScene::handleEvent(const UiEvent& e) {
    // Any click or key skips the animation.
    if (m_phase == Phase::Opening && (e.type == UiEvent::Type::MouseUp || e.type == UiEvent::Type::KeyDown)) {
        setPhase(Phase::Solution);
        return;
    }
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape)) close();
}

void VaultOpenScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    if (m_phase == Phase::Opening) {
        // Light behind the door, and the two halves sliding apart.
        const float open = static_cast<float>(std::min(1.0, m_time / kDoorSeconds));
        const sf::FloatRect door{240.f, 150.f, 800.f, 480.f};
        target.draw(roundedRect(door, 30.f, sf::Color(0xFF, 0xF3, 0xB0), theme::ink, theme::outline));
        // The light from inside: rays turning slowly behind Mobi and Léo, who wave (still in low detail).
        ShapeBatch rays;
        const float turn = m_ctx.settings.lowDetail ? 0.f : static_cast<float>(m_time) * 0.4f;
        for (int i = 0; i < 12; ++i) {
            const float a = turn + 0.5236f * static_cast<float>(i);
            const sf::Vector2f c{640.f, 390.f};
            rays.polygon({c,
                          {c.x + std::cos(a - 0.12f) * 230.f, c.y + std::sin(a - 0.12f) * 230.f},
                          {c.x + std::cos(a + 0.12f) * 230.f, c.y + std::sin(a + 0.12f) * 230.f}},
                         sf::Color(0xFF, 0xE0, 0x66));
        }
        rays.draw(target);
        const float wave =
            m_ctx.settings.lowDetail ? 1.f : 0.5f + 0.5f * std::sin(static_cast<float>(m_time) * 6.f);
        drawMobi(target, {560.f, 400.f}, 220.f, Mood::Happy, m_ctx.mobiColour(), wave > 0.5f ? 1.f : 0.f);
        drawLeo(target, {740.f, 560.f}, 260.f, wave);
        const float half = door.width / 2.f * (1.f - open);
        target.draw(roundedRect({door.left, door.top, half, door.height}, 12.f, sf::Color(0x6B, 0x6B, 0x7A),
                                theme::ink, theme::outline));
        target.draw(roundedRect({door.left + door.width - half, door.top, half, door.height}, 12.f,
                                sf::Color(0x6B, 0x6B, 0x7A), theme::ink, theme::outline));
        target.draw(m_title);
        return;
    }
    target.draw(m_title);
    target.draw(m_text);
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        drawCircle(target, m_pictures[i], kPictureDisc, theme::card, theme::ink, 3.f);
        drawQuizPicture(target, kSolutionPictures[i], m_pictures[i], 48.f);
        probeFigure(target,
                    {m_pictures[i].x - kPictureDisc, m_pictures[i].y - kPictureDisc, 2.f * kPictureDisc,
                     2.f * kPictureDisc},
                    "picture");
        target.draw(m_lines[i]);
    }
    if (m_phase == Phase::Sent)
        drawMobi(target, {130.f, 420.f}, 150.f, Mood::Happy, m_ctx.mobiColour(), 0.9f);
    m_widgets.draw(target);
}

std::string VaultOpenScene::describe() const {
    static const char* const kNames[] = {"opening", "solution", "reply", "sent"};
    std::string chosen;
    for (int i : m_chosen)
        chosen += (chosen.empty() ? "" : ",") + std::to_string(i + 1);
    return std::string("vault=") + kNames[static_cast<int>(m_phase)] +
           " reply=" + (chosen.empty() ? "-" : chosen);
}

} // namespace mobi
