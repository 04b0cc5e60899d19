#include "scenes/LevelMapScene.hpp"

#include "core/Letterbox.hpp"
#include "levels/Progression.hpp"
#include "platform/Audio.hpp"
#include "scenes/LevelScreens.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {
namespace {

constexpr float kStopRadius = 60.f;

// One stop of the journey: a round picture with its name under it.
class StopWidget : public Widget {
public:
    StopWidget(const TextStyler& t, const Strings& s, const LevelInfo& level, LevelState state,
               sf::Vector2f centre, std::function<void()> onChoose)
        : m_level(level), m_state(state), m_centre(centre), m_onChoose(std::move(onChoose)) {
        // Stops alternate between two rows, so a label may be wider than the 200 px between stops.
        const float width = 330.f;
        m_name.set(t, s.get("level." + level.id + ".name"),
                   {theme::TextRole::Body, width, theme::ink, Align::Centre, true});
        std::string status;
        switch (state) {
        case LevelState::NotBuilt:
            status = s.get("map.state.soon");
            break;
        case LevelState::Locked:
            status = s.get("map.state.locked");
            break;
        case LevelState::Open:
            status = s.get("map.state.open");
            break;
        case LevelState::Done:
            status = s.get("map.state.done");
            break;
        }
        m_status.set(t, status, {theme::TextRole::Small, width, theme::inkSoft, Align::Centre});
        m_name.setPosition({centre.x - width / 2.f, centre.y + kStopRadius + 10.f});
        m_status.setPosition({centre.x - width / 2.f, centre.y + kStopRadius + 12.f + m_name.size().y});
        // The hit area is the picture plus its label, no wider than the gap between stops.
        rect = {centre.x - 100.f, centre.y - kStopRadius - 8.f, 200.f,
                kStopRadius * 2.f + 24.f + m_name.size().y + m_status.size().y};
    }

    void activate() override { m_onChoose(); }

    void draw(sf::RenderTarget& target, bool focused) const override {
        sf::Color fill = theme::card;
        if (m_state == LevelState::Done) fill = sf::Color(0xC9, 0xEB, 0xDD);
        if (m_state == LevelState::NotBuilt || m_state == LevelState::Locked) fill = theme::shade;
        if (focused) fill = theme::yellow;
        drawCircle(target, m_centre, kStopRadius, fill, theme::ink, theme::outline);
        if (focused)
            drawCircle(target, m_centre, kStopRadius + 10.f, sf::Color::Transparent, theme::focus,
                       theme::focusRing);
        drawStageIcon(target, m_level.stage, m_centre, kStopRadius * 1.35f);
        if (m_state == LevelState::NotBuilt) {
            // A pale veil over the picture: not there yet.
            drawCircle(target, m_centre, kStopRadius - 3.f, sf::Color(0xFF, 0xF6, 0xE3, 0x90));
        }
        // Number badge, top left.
        const sf::Vector2f badge{m_centre.x - kStopRadius * 0.75f, m_centre.y - kStopRadius * 0.75f};
        drawCircle(target, badge, 20.f, theme::ink);
        drawStateMark(target, {m_centre.x + kStopRadius * 0.75f, m_centre.y - kStopRadius * 0.75f});
        // A light pill under the label: the road must never run through the words.
        const sf::FloatRect ink = m_name.inkBounds();
        const float w = ink.width + 24.f;
        const float top = m_name.position().y + ink.top - 6.f;
        target.draw(roundedRect({m_centre.x - w / 2.f, top, w, ink.height + m_status.size().y + 14.f}, 14.f,
                                sf::Color(0xFF, 0xF6, 0xE3, 0xE8)));
        target.draw(m_name);
        target.draw(m_status);
        drawNumber(target, badge);
    }

    void setNumberText(sf::Text t) { m_number = std::move(t); }

private:
    void drawNumber(sf::RenderTarget& target, sf::Vector2f at) const {
        sf::Text n = m_number;
        const auto b = n.getLocalBounds();
        n.setPosition(at.x - b.left - b.width / 2.f, at.y - b.top - b.height / 2.f);
        target.draw(n);
    }
    // A second cue besides colour: a tick when done, a padlock when locked.
    void drawStateMark(sf::RenderTarget& target, sf::Vector2f at) const {
        if (m_state == LevelState::Done) {
            drawCircle(target, at, 20.f, theme::bluishGreen, theme::ink, 3.f);
            drawThickLine(target, {at.x - 9, at.y}, {at.x - 2, at.y + 8}, 5.f, sf::Color::White);
            drawThickLine(target, {at.x - 2, at.y + 8}, {at.x + 10, at.y - 8}, 5.f, sf::Color::White);
        } else if (m_state == LevelState::Locked) {
            drawCircle(target, {at.x, at.y - 6}, 9.f, sf::Color::Transparent, theme::ink, 4.f);
            target.draw(roundedRect({at.x - 14, at.y - 4, 28, 22}, 4.f, theme::orange, theme::ink, 3.f));
        }
    }

    LevelInfo m_level;
    LevelState m_state;
    sf::Vector2f m_centre;
    std::function<void()> m_onChoose;
    TextBlock m_name, m_status;
    sf::Text m_number;
};

} // namespace

LevelMapScene::LevelMapScene(SceneContext& ctx) : Scene(ctx) { rebuild(); }

void LevelMapScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    m_heading.set(t, tr("map.title"), {theme::TextRole::Heading, 800.f, theme::ink, Align::Centre, true});
    m_heading.setPosition({240.f, 22.f});
    const Profile* profile = m_ctx.activeProfile();
    const int digits = profile ? digitsEarned(*profile) : 0;
    m_digits.set(t, tr("map.digits", {{"count", std::to_string(digits)}}),
                 {theme::TextRole::Body, 1000.f, theme::ink, Align::Centre});
    m_digits.setPosition({140.f, kLogicalHeight - 64.f});

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_stops.clear();
    const auto& levels = allLevels();
    int firstOpen = -1;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        // A gentle zig-zag from left to right: the mine is first, the recycling centre last.
        const sf::Vector2f centre{140.f + 200.f * static_cast<float>(i), i % 2 == 0 ? 215.f : 410.f};
        m_stops.push_back(centre);
        const LevelState state = levelState(levels[i], profile, m_ctx.classMode());
        if (firstOpen < 0 && state == LevelState::Open) firstOpen = static_cast<int>(i);
        auto& stop =
            m_widgets.add<StopWidget>(t, m_ctx.strings, levels[i], state, centre, [this, i] { choose(i); });
        sf::Text number(toSfString(std::to_string(levels[i].number)), *t.font(true),
                        t.size(theme::TextRole::Small));
        number.setFillColor(sf::Color::White);
        stop.setNumberText(number);
    }
    m_widgets.add<Button>(
        t, tr("common.back"), sf::FloatRect{24.f, 20.f, 190.f, 58.f}, [this] { close(); },
        ButtonKind::Secondary);
    m_widgets.setFocus(firstOpen >= 0 ? firstOpen : 0);
}

void LevelMapScene::choose(std::size_t index) {
    const LevelInfo& level = allLevels()[index];
    switch (levelState(level, m_ctx.activeProfile(), m_ctx.classMode())) {
    case LevelState::NotBuilt:
        showMessage("map.soon_title", "map.soon_body");
        break;
    case LevelState::Locked:
        showMessage("map.locked_title", "map.locked_body");
        break;
    case LevelState::Open:
    case LevelState::Done:
        openLevelIntro(m_ctx, level.id);
        break;
    }
}

void LevelMapScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isBackKey()) close();
}

void LevelMapScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    // The road between the stops, drawn under them.
    for (std::size_t i = 1; i < m_stops.size(); ++i) {
        drawThickLine(target, m_stops[i - 1], m_stops[i], 22.f, theme::ink);
        drawThickLine(target, m_stops[i - 1], m_stops[i], 14.f, sf::Color(0xE8, 0xD3, 0xA8));
    }
    target.draw(m_heading);
    target.draw(m_digits);
    m_widgets.draw(target);
}

} // namespace mobi
