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
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {

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
    if (!m_level) return;
    const LevelData& data = m_level->data;

    // Left: the exhibition panel card.
    m_panelCard = {24.f, 20.f, 680.f, kLogicalHeight - 40.f};
    m_panelLabel.set(t, tr("intro.panel_label", {{"number", std::to_string(data.number)}}),
                     {theme::TextRole::Small, 440.f, theme::inkSoft, Align::Left, true});
    m_panelLabel.setPosition({m_panelCard.left + 130.f, m_panelCard.top + 16.f});
    m_panelTitle.set(t, tr(data.panelTitleId),
                     {theme::TextRole::Button, 520.f, theme::ink, Align::Left, true});
    m_panelTitle.setPosition({m_panelCard.left + 130.f, m_panelLabel.position().y + m_panelLabel.size().y});
    m_messages.clear();
    float y = std::max(m_panelTitle.position().y + m_panelTitle.size().y, m_panelCard.top + 110.f) + 14.f;
    for (const auto& id : data.panelMessageIds) {
        m_messages.emplace_back(t, tr(id), TextSpec{theme::TextRole::Body, 590.f, theme::ink, Align::Left});
        m_messages.back().setPosition({m_panelCard.left + 70.f, y});
        y += m_messages.back().size().y + 10.f;
    }

    // Right: the goal, then the choices.
    const Params params = levelParams(data, m_level->info->params, m_choices);
    const LevelOptions options = LevelScene::optionsFor(m_ctx, m_choices, m_challenge);
    const std::string goalCount = std::to_string(params.count(options.young ? "goalYoung" : "goalOlder"));
    m_goalCard = {right, 20.f, rightWidth, 0.f};
    m_goal.set(t, tr(options.young ? data.goalYoungId : data.goalId, {{"count", goalCount}}),
               {theme::TextRole::Body, rightWidth - 40.f, theme::ink, Align::Left});
    m_goal.setPosition({m_goalCard.left + 25.f, m_goalCard.top + 18.f});
    m_goalCard.height = m_goal.size().y + 36.f;
    y = m_goalCard.top + m_goalCard.height + 14.f;
    for (const LevelChoice& choice : data.choices) {
        m_choiceTitle.set(t, tr(choice.titleId),
                          {theme::TextRole::Body, rightWidth, theme::ink, Align::Left, true});
        m_choiceTitle.setPosition({m_goalCard.left + 5.f, y});
        y += m_choiceTitle.size().y + 4.f;
        const float chipH = std::max(56.f, t.lineHeight(theme::TextRole::Button, true) + 8.f);
        std::string detail, locked;
        for (const LevelChoiceOption& option : choice.options) {
            const bool open = optionOpen(option);
            const std::string name = choice.name, id = option.id;
            auto& chip = m_widgets.add<ChoiceChip>(t, tr(option.labelId),
                                                   sf::FloatRect{m_goalCard.left, y, rightWidth, chipH},
                                                   m_choices[name] == id, [this, name, id] {
                                                       m_choices[name] = id;
                                                       requestRebuild();
                                                   });
            chip.enabled = open;
            y += chipH + 10.f;
            if (!open) // a padlock on the chip, and one sentence saying what opens it
                locked = tr("intro.locked", {{"label", tr(option.labelId)},
                                             {"level", tr("level." + option.requiresLevel + ".name")}});
            if (m_choices[name] == id) detail = tr(option.detailId);
        }
        m_choiceDetail.set(t, locked.empty() ? detail : detail + "\n" + locked,
                           {theme::TextRole::Small, rightWidth, theme::inkSoft, Align::Left});
        m_choiceDetail.setPosition({m_goalCard.left + 5.f, y});
        y += m_choiceDetail.size().y + 8.f;
    }
    // The challenge is for 9–12 only, and never forced.
    const Profile* p = m_ctx.activeProfile();
    if (p && p->ageBand == AgeBand::Older && !m_ctx.classMode()) {
        const int minutes = static_cast<int>(params.get("challengeSeconds") / 60.f + 0.5f);
        m_widgets.add<ChoiceChip>(t, tr("intro.challenge", {{"minutes", std::to_string(minutes)}}),
                                  sf::FloatRect{m_goalCard.left, y, rightWidth, 56.f}, m_challenge, [this] {
                                      m_challenge = !m_challenge;
                                      requestRebuild();
                                  });
    }
    m_widgets.add<Button>(t, tr("intro.start"), slots[1], [this] { later([this] { start(); }); });
    m_widgets.setFocus(static_cast<int>(m_widgets.size()) - 1);
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
        drawCircle(target, {m_panelCard.left + 70.f, m_panelCard.top + 60.f}, 46.f, theme::shade, theme::ink,
                   3.f);
        drawStageIcon(target, m_level->data.stage, {m_panelCard.left + 70.f, m_panelCard.top + 60.f}, 64.f);
        target.draw(m_panelLabel);
        target.draw(m_panelTitle);
        for (const auto& m : m_messages) {
            drawCircle(target, {m_panelCard.left + 45.f, m.position().y + m.lineHeight() * 0.55f}, 9.f,
                       theme::orange, theme::ink, 2.f);
            target.draw(m);
        }
        drawPanel(target, m_goalCard, 20.f, sf::Color(0xC9, 0xEB, 0xDD), theme::ink, 3.f);
        target.draw(m_goal);
        target.draw(m_choiceTitle);
        target.draw(m_choiceDetail);
    }
    m_widgets.draw(target);
}

} // namespace mobi
