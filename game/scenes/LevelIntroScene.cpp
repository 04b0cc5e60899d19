#include "scenes/LevelIntroScene.hpp"

#include "content/LevelLoader.hpp"
#include "core/Letterbox.hpp"
#include "levels/Progression.hpp"
#include "platform/Audio.hpp"
#include "scenes/LevelScene.hpp"
#include "scenes/LevelScreens.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/ColumnFit.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {
namespace {
constexpr float kIconDisc = 46.f; // radius of the stage icon's disc
constexpr float kCardPad = 18.f;  // above and below the goal, inside its card
} // namespace

LevelIntroScene::LevelIntroScene(SceneContext& ctx, std::string levelId)
    : Scene(ctx), m_levelId(std::move(levelId)) {
    m_level = loadLevelForScene(ctx, m_levelId);
    if (m_level)
        for (const auto& choice : m_level->data.choices)
            m_choices[choice.name] = choice.options.front().id;
    rebuild();
}

bool LevelIntroScene::optionOpen(const LevelChoiceOption& option) const {
    if (option.requiresLevel.empty() || m_ctx.classMode()) return true;
    const Profile* p = m_ctx.activeProfile();
    if (!p) return false;
    auto it = p->levels.find(option.requiresLevel);
    return it != p->levels.end() && it->second.done;
}

void LevelIntroScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    // Two columns: the panel card on the left (full height), the goal, the
    // choices and the buttons on the right.
    const float h = layout::buttonHeight(t.scale());
    const float right = 730.f, rightWidth = 520.f;
    auto slots = layout::row(right + rightWidth / 2.f, kLogicalHeight - h - 16.f, 250.f, h, 20.f, 2);
    m_widgets.add<Button>(
        t, tr("common.back"), slots[0], [this] { close(); }, ButtonKind::Secondary);
    m_messages.clear();
    m_lockNotes.clear();
    if (!m_level) return;
    buildPanelCard();
    buildRightColumn(slots[0].top - 14.f);
    m_widgets.add<Button>(t, tr("intro.start"), slots[1], [this] { later([this] { start(); }); });
    m_widgets.setFocus(static_cast<int>(m_widgets.size()) - 1);
}

void LevelIntroScene::buildPanelCard() {
    // The exhibition panel: its icon beside its number and title, then its
    // three messages, each with a bullet.
    const LevelData& data = m_level->data;
    m_panelCard = {24.f, 20.f, 680.f, kLogicalHeight - 40.f};
    m_messages.resize(data.panelMessageIds.size());
    ColumnFit column(m_panelCard.left + 24.f, m_panelCard.top + 18.f, m_panelCard.width - 48.f);
    column.row({kIconDisc * 2.f, kIconDisc * 2.f}, &m_iconCentre,
               {{&m_panelLabel,
                 tr("intro.panel_label", {{"number", std::to_string(data.number)}}),
                 {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left, true}},
                {&m_panelTitle,
                 tr(data.panelTitleId),
                 {theme::TextRole::Button, 0.f, theme::ink, Align::Left, true}}},
               14.f, 16.f);
    for (std::size_t i = 0; i < m_messages.size(); ++i)
        column.text(m_messages[i], tr(data.panelMessageIds[i]),
                    {theme::TextRole::Body, 0.f, theme::ink, Align::Left}, 10.f, 46.f);
    column.fit(m_ctx.text, m_panelCard.height - 36.f);
}

void LevelIntroScene::buildRightColumn(float bottom) {
    // The goal in its card, then each choice: its question, one chip per
    // option (a locked one says what opens it, just under it), and what the
    // chosen option means, in a box headed by its name.
    const TextStyler& t = m_ctx.text;
    const LevelData& data = m_level->data;
    const float right = 730.f, width = 520.f;
    const Params params = levelParams(data, m_level->info->params, m_choices);
    const LevelOptions options = LevelScene::optionsFor(m_ctx, m_choices, m_challenge);
    const std::string goalCount = std::to_string(params.count(options.young ? "goalYoung" : "goalOlder"));
    const float chipHeight = std::max(56.f, t.lineHeight(theme::TextRole::Button, true) + 8.f);

    struct ChipPlan {
        std::size_t entry;
        std::string name, id, label;
        bool open;
    };
    std::vector<ChipPlan> chips;
    ColumnFit column(right, 20.f, width);
    column.space(kCardPad, &m_goalCard.top)
        .text(m_goal, tr(options.young ? data.goalYoungId : data.goalId, {{"count", goalCount}}),
              {theme::TextRole::Body, 0.f, theme::ink, Align::Left}, 0.f, 25.f, 20.f);
    const std::size_t goalEnd = column.count();
    column.space(kCardPad + 12.f);
    // The column holds pointers to these blocks: their vectors must not grow once it has them.
    std::size_t optionCount = 0;
    for (const LevelChoice& choice : data.choices)
        optionCount += choice.options.size();
    m_lockNotes.reserve(optionCount);
    m_choiceTitles.clear();
    m_choiceTitles.reserve(data.choices.size());
    m_details.clear();
    m_details.reserve(data.choices.size() * 2);
    m_detailCards.clear();
    std::vector<std::pair<std::size_t, std::size_t>> detailEntries; // first and last entry of each box
    for (const LevelChoice& choice : data.choices) {
        m_choiceTitles.emplace_back();
        column.text(m_choiceTitles.back(), tr(choice.titleId),
                    {theme::TextRole::Body, 0.f, theme::ink, Align::Left, true}, 6.f, 5.f);
        std::string chosenLabel, chosenDetail;
        for (const LevelChoiceOption& option : choice.options) {
            const bool open = optionOpen(option);
            chips.push_back({column.count(), choice.name, option.id, tr(option.labelId), open});
            column.space(chipHeight, nullptr, 56.f);
            column.space(8.f);
            if (!open) {
                m_lockNotes.emplace_back();
                column.text(m_lockNotes.back(),
                            tr("intro.locked", {{"label", tr(option.labelId)},
                                                {"level", tr("level." + option.requiresLevel + ".name")}}),
                            {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left}, 8.f, 5.f);
            }
            if (m_choices[choice.name] == option.id) {
                chosenLabel = tr(option.labelId);
                chosenDetail = tr(option.detailId);
            }
        }
        const std::size_t first = column.count();
        column.space(6.f);
        m_details.emplace_back();
        column.text(m_details.back(), chosenLabel,
                    {theme::TextRole::Small, 0.f, theme::ink, Align::Left, true}, 0.f, 16.f);
        m_details.emplace_back();
        column.text(m_details.back(), chosenDetail,
                    {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left}, 0.f, 16.f);
        column.space(8.f);
        detailEntries.push_back({first, column.count() - 1});
        column.space(10.f);
    }
    // The challenge is for 9–12 only, and never forced.
    const Profile* p = m_ctx.activeProfile();
    const bool challenge = p && p->ageBand == AgeBand::Older && !m_ctx.classMode();
    const std::size_t challengeEntry = column.count();
    if (challenge) column.space(chipHeight, nullptr, 56.f);
    column.fit(t, bottom - 20.f);

    const sf::FloatRect goalFirst = column.placed(0), goalLast = column.placed(goalEnd);
    m_goalCard = {right, goalFirst.top, width, goalLast.top + goalLast.height - goalFirst.top};
    for (const auto& [first, last] : detailEntries) {
        const sf::FloatRect a = column.placed(first), b = column.placed(last);
        m_detailCards.push_back({right + 5.f, a.top, width - 5.f, b.top + b.height - a.top});
    }
    for (const ChipPlan& plan : chips) {
        const std::string name = plan.name, id = plan.id;
        auto& chip = m_widgets.add<ChoiceChip>(t, plan.label, column.placed(plan.entry),
                                               m_choices[name] == id, [this, name, id] {
                                                   m_choices[name] = id;
                                                   requestRebuild();
                                               });
        chip.enabled = plan.open;
    }
    if (challenge) {
        const int minutes = static_cast<int>(params.get("challengeSeconds") / 60.f + 0.5f);
        m_widgets.add<ChoiceChip>(t, tr("intro.challenge", {{"minutes", std::to_string(minutes)}}),
                                  column.placed(challengeEntry), m_challenge, [this] {
                                      m_challenge = !m_challenge;
                                      requestRebuild();
                                  });
    }
}

void LevelIntroScene::start() {
    replaceWithLevel(m_ctx, m_levelId, LevelScene::optionsFor(m_ctx, m_choices, m_challenge));
}

void LevelIntroScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isBackKey()) close();
}

void LevelIntroScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    if (m_level) {
        drawPanel(target, m_panelCard, 24.f, theme::card, theme::ink, theme::outline);
        drawCircle(target, m_iconCentre, kIconDisc, theme::shade, theme::ink, 3.f);
        drawStageIcon(target, m_level->data.stage, m_iconCentre, 64.f);
        target.draw(m_panelLabel);
        target.draw(m_panelTitle);
        for (const auto& m : m_messages) {
            drawCircle(target, {m_panelCard.left + 45.f, m.position().y + m.lineHeight() * 0.55f}, 9.f,
                       theme::orange, theme::ink, 2.f);
            target.draw(m);
        }
        drawPanel(target, m_goalCard, 20.f, sf::Color(0xC9, 0xEB, 0xDD), theme::ink, 3.f);
        target.draw(m_goal);
        for (const auto& title : m_choiceTitles)
            target.draw(title);
        for (const auto& note : m_lockNotes)
            target.draw(note);
        for (const auto& box : m_detailCards)
            drawPanel(target, box, 14.f, theme::shade, theme::ink, 2.f);
        for (const auto& d : m_details)
            target.draw(d);
    }
    m_widgets.draw(target);
}

} // namespace mobi
