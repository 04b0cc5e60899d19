#include "scenes/VaultOpenScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Audio.hpp"
#include "scenes/DebateScene.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/Layout.hpp"
#include "ui/QuizPictures.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {
constexpr double kOpeningSeconds = 2.5;
// The solution since 2023, each with its picture (DESIGN.md, "The 2070 digital vault").
const char* const kSolutionIds[] = {"solution.bisou", "solution.fiver",  "solution.keep",
                                    "solution.wifi",  "solution.repair", "solution.bring_back"};
const char* const kSolutionPictures[] = {"message", "recovery", "phone", "wifi", "repair", "collection_box"};
constexpr int kReplySentences = 6;
constexpr std::size_t kMaxReply = 3;
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
    case Phase::Solution: {
        m_title.set(t, tr("solution.title"),
                    {theme::TextRole::Heading, 1180.f, theme::ink, Align::Centre, true});
        m_title.setPosition({50.f, 14.f});
        // Two columns of three, each line beside its picture.
        const float top = 28.f + m_title.size().y;
        float y[2] = {top, top};
        for (std::size_t i = 0; i < std::size(kSolutionIds); ++i) {
            const int column = i < 3 ? 0 : 1;
            m_lines.emplace_back(t, tr(kSolutionIds[i]),
                                 TextSpec{theme::TextRole::Body, 500.f, theme::ink, Align::Left});
            m_lines.back().setPosition({120.f + 620.f * static_cast<float>(column), y[column]});
            y[column] += std::max(m_lines.back().size().y, 70.f) + 16.f;
        }
        m_text.set(t, "", {theme::TextRole::Body, 10.f, theme::ink});
        m_widgets.add<Button>(t, tr("solution.reply"), bottom, [this] { setPhase(Phase::Reply); });
        break;
    }
    case Phase::Reply: {
        m_title.set(t, tr("reply.title"),
                    {theme::TextRole::Heading, 1180.f, theme::ink, Align::Centre, true});
        m_title.setPosition({50.f, 14.f});
        m_text.set(t, tr("reply.help"), {theme::TextRole::Small, 1180.f, theme::inkSoft, Align::Centre});
        m_text.setPosition({50.f, 20.f + m_title.size().y});
        const float top = 40.f + m_title.size().y + m_text.size().y;
        const float chipH = std::min(100.f, (bottom.top - top - 16.f) / 3.f - 12.f);
        for (int i = 0; i < kReplySentences; ++i) {
            const bool chosen = std::find(m_chosen.begin(), m_chosen.end(), i) != m_chosen.end();
            const sf::FloatRect r{40.f + static_cast<float>(i % 2) * 605.f,
                                  top + static_cast<float>(i / 2) * (chipH + 12.f), 595.f, chipH};
            m_widgets.add<ChoiceChip>(t, tr("reply." + std::to_string(i + 1)), r, chosen, [this, i] {
                auto it = std::find(m_chosen.begin(), m_chosen.end(), i);
                if (it != m_chosen.end())
                    m_chosen.erase(it);
                else if (m_chosen.size() < kMaxReply)
                    m_chosen.push_back(i);
                requestRebuild();
            });
        }
        auto& send = m_widgets.add<Button>(t, tr("reply.send"), bottom, [this] {
            m_ctx.audio.play(Sfx::Success);
            setPhase(Phase::Sent);
        });
        send.enabled = !m_chosen.empty();
        break;
    }
    case Phase::Sent: {
        m_title.set(t, tr("reply.sent_title"),
                    {theme::TextRole::Title, 1100.f, theme::ink, Align::Centre, true});
        m_title.setPosition({90.f, 40.f});
        // The reply as Léo will read it: the chosen sentences, in order.
        std::string letter = tr("reply.dear");
        for (int i : m_chosen)
            letter += "\n" + tr("reply." + std::to_string(i + 1));
        m_text.set(t, letter, {theme::TextRole::Body, 900.f, theme::ink, Align::Left});
        m_text.setPosition({190.f, 80.f + m_title.size().y});
        SceneContext* c = &m_ctx;
        m_widgets.add<Button>(t, tr("reply.to_debate"), bottom, [c] {
            c->stack.replaceTop([c] { return std::make_unique<DebateScene>(*c); });
        });
        break;
    }
    }
    m_widgets.setFocus(m_phase == Phase::Reply ? 0 : static_cast<int>(m_widgets.size()) - 1);
}

void VaultOpenScene::update(double dt) {
    if (m_phase != Phase::Opening) return;
    m_time += dt;
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
        const float open = static_cast<float>(std::min(1.0, m_time / kOpeningSeconds));
        const sf::FloatRect door{240.f, 150.f, 800.f, 480.f};
        target.draw(roundedRect(door, 30.f, sf::Color(0xFF, 0xF3, 0xB0), theme::ink, theme::outline));
        drawMobi(target, {640.f, 400.f}, 220.f, Mood::Happy, theme::skyBlue,
                 std::sin(m_time * 6.0f) > 0 ? 1.f : 0.f);
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
        const sf::Vector2f c{m_lines[i].position().x - 58.f, m_lines[i].position().y + 28.f};
        drawCircle(target, c, 32.f, theme::card, theme::ink, 3.f);
        drawQuizPicture(target, kSolutionPictures[i], c, 48.f);
        target.draw(m_lines[i]);
    }
    if (m_phase == Phase::Sent) drawMobi(target, {110.f, 420.f}, 150.f, Mood::Happy, theme::skyBlue, 0.9f);
    m_widgets.draw(target);
}

} // namespace mobi
