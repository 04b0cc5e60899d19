// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/SettingsScene.hpp"

#include "core/Letterbox.hpp"
#include "platform/Audio.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/Layout.hpp"
#include "ui/Stepper.hpp"
#include "ui/TextStyler.hpp"

#include <algorithm>

namespace mobi {
namespace {

struct Row {
    std::string label;
    std::vector<std::string> values;
    int index;
    std::function<void(int)> apply;
};

constexpr int kVolumeStep = 20; // percent; six values from silent to full

} // namespace

SettingsScene::SettingsScene(SceneContext& ctx, int tab) : Scene(ctx), m_tab(tab) { rebuild(); }

void SettingsScene::changed() { m_ctx.app.settingsChanged(); }

void SettingsScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    Settings& s = m_ctx.settings;
    const int keepFocus = m_widgets.focus();

    const std::vector<std::string> noYes = {tr("common.no"), tr("common.yes")};
    std::vector<std::string> languageNames;
    int languageIndex = 0;
    for (std::size_t i = 0; i < m_ctx.languages.size(); ++i) {
        languageNames.push_back(m_ctx.languages[i].name);
        if (m_ctx.languages[i].code == s.language) languageIndex = static_cast<int>(i);
    }
    std::vector<std::string> volumes;
    for (int v = 0; v <= 100; v += kVolumeStep)
        volumes.push_back(v == 0 ? tr("settings.volume.off")
                                 : tr("settings.percent", {{"value", std::to_string(v)}}));
    auto volumeIndex = [](int v) {
        return std::clamp((v + kVolumeStep / 2) / kVolumeStep, 0, 100 / kVolumeStep);
    };

    std::vector<Row> left = {
        {tr("settings.language"), languageNames, languageIndex,
         [this](int i) { m_ctx.settings.language = m_ctx.languages[static_cast<std::size_t>(i)].code; }},
        {tr("settings.text_size"),
         {tr("settings.size.small"), tr("settings.size.normal"), tr("settings.size.large"),
          tr("settings.size.larger"), tr("settings.size.largest")},
         s.textSize - Settings::kTextSizeMin,
         [this](int i) { m_ctx.settings.textSize = i + Settings::kTextSizeMin; }},
        {tr("settings.font"),
         {tr("settings.font.andika"), tr("settings.font.opendyslexic")},
         s.font == FontChoice::OpenDyslexic ? 1 : 0,
         [this](int i) { m_ctx.settings.font = i == 1 ? FontChoice::OpenDyslexic : FontChoice::Andika; }},
        {tr("settings.uppercase"), noYes, s.uppercase ? 1 : 0,
         [this](int i) { m_ctx.settings.uppercase = i == 1; }},
        // Mobi reads each card as it appears: by age (Auto), always, or never.
        {tr("settings.read_aloud"),
         {tr("settings.read_aloud.auto"), tr("settings.read_aloud.on"), tr("settings.read_aloud.off")},
         static_cast<int>(s.readAloud),
         [this](int i) { m_ctx.settings.readAloud = static_cast<Settings::ReadAloud>(i); }},
    };
    if (Profile* p = m_ctx.activeProfile())
        left.push_back({tr("settings.age_band"),
                        {tr("age.young"), tr("age.older")},
                        p->ageBand == AgeBand::Older ? 1 : 0,
                        [this](int i) {
                            if (Profile* player = m_ctx.activeProfile()) {
                                player->ageBand = i == 1 ? AgeBand::Older : AgeBand::Young;
                                m_ctx.app.profilesChanged();
                            }
                        }});
    std::vector<Row> right = {
        {tr("settings.music"), volumes, volumeIndex(s.musicVolume),
         [this](int i) { m_ctx.settings.musicVolume = i * kVolumeStep; }},
        {tr("settings.effects"), volumes, volumeIndex(s.effectsVolume),
         [this](int i) { m_ctx.settings.effectsVolume = i * kVolumeStep; }},
        {tr("settings.voice"), volumes, volumeIndex(s.voiceVolume),
         [this](int i) { m_ctx.settings.voiceVolume = i * kVolumeStep; }},
        {tr("settings.fullscreen"), noYes, s.fullscreen ? 1 : 0,
         [this](int i) { m_ctx.settings.fullscreen = i == 1; }},
        {tr("settings.low_detail"), noYes, s.lowDetail ? 1 : 0,
         [this](int i) { m_ctx.settings.lowDetail = i == 1; }},
    };
    // The teacher chooses before the first level: one short session or two full ones.
    if (m_ctx.classMode())
        right.push_back({tr("settings.class_session"),
                         {tr("settings.class_session.short"), tr("settings.class_session.full")},
                         s.shortClassSession() ? 0 : 1,
                         [this](int i) {
                             m_ctx.settings.classSession =
                                 i == 1 ? Settings::ClassSession::Full : Settings::ClassSession::Short;
                         }});

    // Top row: Back, then one tab per group (a tick marks the open one).
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    const float topH = layout::buttonHeight(t.scale());
    m_widgets.add<Button>(
        t, tr("common.back"), sf::FloatRect{30.f, 20.f, 200.f, topH}, [this] { close(); },
        ButtonKind::Secondary);
    const char* tabIds[2] = {"settings.group.reading", "settings.group.screen_sound"};
    for (int tab = 0; tab < 2; ++tab)
        m_widgets.add<ChoiceChip>(t, tr(tabIds[tab]),
                                  sf::FloatRect{255.f + static_cast<float>(tab) * 510.f, 20.f, 495.f, topH},
                                  m_tab == tab, [this, tab] {
                                      m_tab = tab;
                                      requestRebuild();
                                  });

    // One full-width column: labels have room even at the largest text size.
    std::vector<Row>& rows = m_tab == 0 ? left : right;
    const float gap = 14.f;
    const float top = 20.f + topH + 30.f;
    // Rows lower when there are more of them (class mode's session) at a large text size.
    const float count = static_cast<float>(rows.size());
    const float rowH =
        std::min(std::max(layout::buttonHeight(t.scale()), t.lineHeight(theme::TextRole::Body) + 24.f),
                 (kLogicalHeight - 16.f - top - (count - 1.f) * gap) / count);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto apply = rows[i].apply;
        m_widgets.add<Stepper>(t, rows[i].label, rows[i].values, rows[i].index,
                               sf::FloatRect{100.f, top + static_cast<float>(i) * (rowH + gap), 1080.f, rowH},
                               [this, apply](int v) {
                                   apply(v);
                                   changed();
                               });
    }
    m_widgets.setFocus(keepFocus >= 0 && keepFocus < static_cast<int>(m_widgets.size()) ? keepFocus
                                                                                        : 1 + m_tab);
}

void SettingsScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isBackKey()) close();
}

void SettingsScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    m_widgets.draw(target);
}

} // namespace mobi
