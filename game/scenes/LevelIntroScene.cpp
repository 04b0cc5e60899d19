// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "ui/SpeakerButton.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"

#include <algorithm>

namespace mobi {
namespace {
constexpr float kIconDisc = 46.f; // radius of the stage icon's disc
constexpr float kCardPad = 14.f;  // above and below the goal, inside its card
// The right column: the goal, the choices, the buttons. The panel card has the rest.
constexpr float kRightLeft = 650.f, kRightWidth = 606.f;
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
    // The speaker button first, at the left of the buttons' row (the cards are
    // full to their corners at the largest sizes), then the two buttons.
    const float buttonsLeft = kRightLeft + 2.f * kSpeakerRadius + 6.f;
    auto slots = layout::row((buttonsLeft + kRightLeft + kRightWidth) / 2.f, kLogicalHeight - h - 16.f, 266.f,
                             h, 8.f, 2);
    m_speakerSpot = {kRightLeft + kSpeakerRadius, kLogicalHeight - 16.f - h / 2.f};
    m_widgets.add<Button>(
        t, tr("common.back"), slots[0], [this] { close(); }, ButtonKind::Secondary);
    m_messages.clear();
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
    m_panelCard = {24.f, 20.f, kRightLeft - 24.f - 22.f, kLogicalHeight - 40.f};
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
        column.text(m_messages[i], tr(m_ctx.forReader(data.panelMessageIds[i])),
                    {theme::TextRole::Body, 0.f, theme::ink, Align::Left}, 10.f, 46.f);
    column.fit(m_ctx.text, m_panelCard.height - 36.f);
}

void LevelIntroScene::buildRightColumn(float bottom) {
    // With the largest text and every option shown, the lines inside the
    // chips may not fit: then the chips go without them.
    if (!layRightColumn(bottom, true)) layRightColumn(bottom, false);
}

bool LevelIntroScene::layRightColumn(float bottom, bool withDetails) {
    // The goal in its card, then each choice: its question and one chip per
    // option. The chosen chip says what its option means, and a locked one
    // what opens it, in a line inside the chip.
    const TextStyler& t = m_ctx.text;
    const LevelData& data = m_level->data;
    const float right = kRightLeft, width = kRightWidth;
    const LevelOptions options = LevelScene::optionsFor(m_ctx, m_choices, m_challenge);
    const Params params = levelParams(data, m_level->info->params, m_choices, options.classVersion);
    // What the level asks, from its rules (never from another level's parameter names).
    const LevelGoal goal = m_level->info->goal(params, options);
    const std::string goalCount = std::to_string(goal.count);
    const float chipHeight = std::max(56.f, t.lineHeight(theme::TextRole::Button, true) + 8.f);

    struct ChipPlan {
        std::size_t entry, detailEntry; // detailEntry == entry: no line under the label
        std::string name, id, label, picture;
        bool open;
        const TextBlock* detail;
    };
    std::vector<ChipPlan> chips;
    ColumnFit column(right, 20.f, width);
    column.space(kCardPad, &m_goalCard.top)
        .text(m_goal, tr(options.young ? data.goalYoungId : data.goalId, {{"count", goalCount}}),
              {theme::TextRole::Body, 0.f, theme::ink, Align::Left}, 0.f, 25.f, 20.f);
    const std::size_t goalEnd = column.count();
    column.space(kCardPad + 8.f);
    // The column holds pointers to these blocks: their vectors must not grow once it has them.
    std::size_t optionCount = 0;
    for (const LevelChoice& choice : data.choices)
        optionCount += choice.options.size();
    m_choiceTitles.clear();
    m_choiceTitles.reserve(data.choices.size());
    m_details.clear();
    m_details.reserve(optionCount);
    const TextSpec detail{theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left};
    for (const LevelChoice& choice : data.choices) {
        m_choiceTitles.emplace_back();
        column.text(m_choiceTitles.back(), tr(choice.titleId),
                    {theme::TextRole::Body, 0.f, theme::ink, Align::Left, true}, 6.f, 5.f);
        for (const LevelChoiceOption& option : choice.options) {
            const bool open = optionOpen(option);
            const bool chosen = m_choices[choice.name] == option.id;
            ChipPlan plan{column.count(),     column.count(), choice.name, option.id,
                          tr(option.labelId), option.picture, open,        nullptr};
            column.space(chipHeight, nullptr, 56.f);
            if (withDetails && (chosen || !open)) {
                m_details.emplace_back();
                plan.detailEntry = column.count();
                plan.detail = &m_details.back();
                column.text(
                    m_details.back(),
                    chosen ? tr(option.detailId)
                           : tr("intro.locked", {{"label", tr(option.labelId)},
                                                 {"level", tr("level." + option.requiresLevel + ".name")}}),
                    detail, 0.f, ChoiceChip::labelLeft(), 14.f);
                column.space(10.f);
            }
            column.space(8.f);
            chips.push_back(plan);
        }
        column.space(8.f);
    }
    // The challenge is for 9–12 only, and never forced, in levels that have one.
    const Profile* p = m_ctx.activeProfile();
    const bool challenge = goal.challengeOffered && p && p->ageBand == AgeBand::Older && !m_ctx.classMode();
    const std::size_t challengeEntry = column.count();
    if (challenge) column.space(chipHeight * 1.7f, nullptr, 96.f); // its words are long: room for two lines
    if (column.fit(t, bottom - 20.f) > bottom - 20.f + 1.f && withDetails) return false;

    const sf::FloatRect goalFirst = column.placed(0), goalLast = column.placed(goalEnd);
    m_goalCard = {right, goalFirst.top, width, goalLast.top + goalLast.height - goalFirst.top};
    for (const ChipPlan& plan : chips) {
        const std::string name = plan.name, id = plan.id;
        sf::FloatRect r = column.placed(plan.entry);
        const float labelBand = r.height;
        if (plan.detail) { // the chip reaches down around its line
            const sf::FloatRect d = column.placed(plan.detailEntry + 1);
            r.height = d.top + d.height - r.top;
        }
        auto& chip = m_widgets.add<ChoiceChip>(
            t, plan.label, r, m_choices[name] == id,
            [this, name, id] {
                m_choices[name] = id;
                requestRebuild();
            },
            1.f, choicePicture(plan.picture));
        chip.enabled = plan.open;
        if (plan.detail) chip.setDetail(plan.detail, labelBand);
    }
    if (challenge) {
        const int minutes = static_cast<int>(goal.challengeSeconds / 60.f + 0.5f);
        m_widgets.add<ChoiceChip>(t, tr("intro.challenge", {{"minutes", std::to_string(minutes)}}),
                                  column.placed(challengeEntry), m_challenge, [this] {
                                      m_challenge = !m_challenge;
                                      requestRebuild();
                                  });
    }
    return true;
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
    }
    m_widgets.draw(target);
}

} // namespace mobi
