// SPDX-License-Identifier: GPL-3.0-or-later
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
constexpr float kStopStep = 200.f;             // between two stops, left to right
constexpr float kLabelWidth = kStopStep - 6.f; // a label never reaches under its neighbour

// One stop of the journey: a round picture with its name and state beside
// it, above the picture on the top row and below it on the bottom row, so
// the road between the rows never runs under the words.
class StopWidget : public Widget {
public:
    StopWidget(const LevelInfo& level, LevelState state, sf::Vector2f centre, bool labelAbove, TextBlock name,
               TextBlock status, std::function<void()> onChoose)
        : m_level(level), m_state(state), m_centre(centre), m_onChoose(std::move(onChoose)),
          m_name(std::move(name)), m_status(std::move(status)) {
        const float label = m_name.size().y + m_status.size().y;
        const float top = labelAbove ? centre.y - kStopRadius - 10.f - label : centre.y + kStopRadius + 10.f;
        m_name.setPosition({centre.x - kLabelWidth / 2.f, top});
        m_status.setPosition({centre.x - kLabelWidth / 2.f, top + m_name.size().y});
        // The hit area is the picture and its label, no wider than the gap between stops.
        const float pictureTop = centre.y - kStopRadius - 8.f, pictureBottom = centre.y + kStopRadius + 8.f;
        const float areaTop = labelAbove ? top : pictureTop;
        const float areaBottom = labelAbove ? pictureBottom : top + label + 4.f;
        rect = {centre.x - kLabelWidth / 2.f, areaTop, kLabelWidth, areaBottom - areaTop};
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

const char* LevelMapScene::stateId(LevelState state) {
    switch (state) {
    case LevelState::NotBuilt:
        return "map.state.soon";
    case LevelState::Locked:
        return "map.state.locked";
    case LevelState::Open:
        return "map.state.open";
    case LevelState::Done:
        return "map.state.done";
    }
    return "map.state.open";
}

void LevelMapScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    TextSpec heading{theme::TextRole::Heading, 800.f, theme::ink, Align::Centre, true};
    heading.maxLines = 1;
    m_heading.set(t, tr("map.title"), heading);
    m_heading.setPosition({240.f, 22.f});
    const Profile* profile = m_ctx.activeProfile();
    const int digits = profile ? digitsEarned(*profile) : 0;
    TextSpec counter{theme::TextRole::Body, 1000.f, theme::ink, Align::Centre};
    counter.maxLines = 1;
    m_digits.set(t, tr("map.digits", {{"count", std::to_string(digits)}}), counter);
    // By its ink, in the band under the map's lowest labels (its line box would reach them).
    m_digits.centreVertically(140.f, kLogicalHeight - 62.f, 54.f);

    // The labels first, all names at one size and all states at one size,
    // in the room the two rows of pictures leave.
    const auto& levels = allLevels();
    const float top = m_heading.position().y + m_heading.size().y + 8.f;
    const float bottom = m_digits.extent().top - 8.f; // its ink: a capital É reaches above its line box
    const float pictures =
        2.f * (2.f * kStopRadius + 10.f) + 40.f; // two rows and the least road between them
    const float labelRoom = std::max(60.f, (bottom - top - pictures) / 2.f);
    std::vector<TextBlock> names(levels.size()), states(levels.size());
    std::vector<LevelState> stateOf;
    std::vector<TextSetting> nameSettings, stateSettings;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        stateOf.push_back(levelState(levels[i], profile, m_ctx.classMode()));
        TextSpec name{theme::TextRole::Body, kLabelWidth, theme::ink, Align::Centre, true};
        name.maxLines = 2;
        name.maxHeight = labelRoom * 0.68f;
        TextSpec state{theme::TextRole::Small, kLabelWidth, theme::inkSoft, Align::Centre};
        state.maxLines = 1;
        state.maxHeight = labelRoom * 0.32f;
        nameSettings.push_back({&names[i], tr("level." + levels[i].id + ".name"), name});
        stateSettings.push_back({&states[i], tr(stateId(stateOf[i])), state});
    }
    setAtOneSize(t, nameSettings);
    setAtOneSize(t, stateSettings);
    float label = 0.f;
    for (std::size_t i = 0; i < levels.size(); ++i)
        label = std::max(label, names[i].size().y + states[i].size().y);
    // Top row: labels above the pictures; bottom row: below. The road takes the rest.
    const float rowTop = top + label + 10.f + kStopRadius;
    const float rowBottom = bottom - label - 10.f - kStopRadius;

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_stops.clear();
    int firstOpen = -1;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        // A gentle zig-zag from left to right: the mine is first, the recycling centre last.
        const bool topRow = i % 2 == 0;
        const sf::Vector2f centre{140.f + kStopStep * static_cast<float>(i), topRow ? rowTop : rowBottom};
        m_stops.push_back(centre);
        if (firstOpen < 0 && stateOf[i] == LevelState::Open) firstOpen = static_cast<int>(i);
        auto& stop = m_widgets.add<StopWidget>(levels[i], stateOf[i], centre, topRow, names[i], states[i],
                                               [this, i] { choose(i); });
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
