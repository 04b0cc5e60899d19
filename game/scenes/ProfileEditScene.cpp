// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/VaultData.hpp"
#include "core/Letterbox.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "save/ProfileName.hpp"
#include "scenes/MessageScene.hpp"
#include "scenes/ProfilesScene.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/ColumnFit.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextField.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {
namespace {
constexpr float kSwatchRadius = 32.f;
constexpr float kPreviewLeft = 880.f, kPreviewWidth = 340.f, kCodeChipHeight = 52.f;
} // namespace

ProfileEditScene::ProfileEditScene(SceneContext& ctx, int slot) : Scene(ctx), m_slot(slot) {
    const auto& existing = m_ctx.profiles.slots[static_cast<std::size_t>(slot)];
    m_isNew = !existing;
    if (existing) {
        m_name = existing->name;
        m_age = existing->ageBand;
        m_colour = existing->colour;
        m_codeSet = existing->codeSet;
    } else {
        m_colour = slot % kProfileColours; // a different colour for each new player
    }
    rebuild();
}

void ProfileEditScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    // Keep what was typed when the scene is rebuilt (e.g. after a colour pick).
    if (m_widgets.size() > m_nameField)
        if (auto* field = dynamic_cast<TextField*>(&m_widgets.at(m_nameField))) m_name = field->valueUtf8();
    const int keepFocus = m_widgets.focus();

    TextSpec heading{theme::TextRole::Heading, 1100.f, theme::ink, Align::Centre, true};
    heading.maxLines = 1;
    m_heading.set(t,
                  m_isNew ? tr("profile_edit.new_title") : tr("profile_edit.edit_title", {{"name", m_name}}),
                  heading);
    m_heading.setPosition({90.f, 16.f});
    const float h = layout::buttonHeight(t.scale());
    // An existing player's page also lets a family start that player's journey again.
    const bool canRestart =
        !m_isNew && !m_ctx.profiles.slots[static_cast<std::size_t>(m_slot)]->levels.empty();
    auto slots = canRestart ? layout::row(kLogicalWidth / 2.f, kLogicalHeight - h - 20.f, 350.f, h, 30.f, 3)
                            : layout::row(kLogicalWidth / 2.f, kLogicalHeight - h - 20.f, 360.f, h, 40.f, 2);

    // The vault's code set: teachers give different sets to different groups.
    // Shown only when levels/vault.xml holds more than one set.
    ErrorList ignored;
    const VaultBook vault = loadVaultFile(vaultFile(m_ctx.assets.dataDir()).u8string(), {}, ignored);
    const bool codeSets = vault.sets.size() > 1;

    // The form, top to bottom, in the room above the buttons: each label, then
    // its control. Everything shrinks together at the largest text sizes.
    const float left = 60.f, width = 760.f;
    const TextSpec label{theme::TextRole::Body, 0.f, theme::ink, Align::Left, true};
    const float fieldH = 20.f + static_cast<float>(t.size(theme::TextRole::Heading)) * 1.3f;
    const float chipH = layout::buttonHeight(t.scale());
    ColumnFit form(left, m_heading.position().y + m_heading.size().y + 6.f, width);
    form.text(m_nameLabel, tr("profile_edit.name"), label, 6.f);
    const std::size_t fieldEntry = form.count();
    form.space(fieldH, nullptr, 60.f).space(16.f).text(m_ageLabel, tr("profile_edit.age"), label, 6.f);
    const std::size_t ageEntry = form.count();
    form.space(chipH, nullptr, 56.f).space(16.f).text(m_colourLabel, tr("profile_edit.colour"), label, 10.f);
    const std::size_t swatchEntry = form.count();
    form.space(2.f * kSwatchRadius + 8.f);
    const float formTop = m_heading.position().y + m_heading.size().y + 6.f;
    form.fit(t, slots[0].top - 14.f - formTop);

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_nameField = m_widgets.size();
    const sf::FloatRect field = form.placed(fieldEntry);
    m_widgets.add<TextField>(t, field, kMaxNameLetters, m_name, tr("profile_edit.name_placeholder"),
                             [this] { later([this] { save(); }); });
    const sf::FloatRect ages = form.placed(ageEntry);
    const AgeBand bands[2] = {AgeBand::Young, AgeBand::Older};
    const char* bandIds[2] = {"age.young", "age.older"};
    const float scale = ChoiceChip::commonScale(t, {tr(bandIds[0]), tr(bandIds[1])}, {370.f, ages.height});
    for (int i = 0; i < 2; ++i) {
        const AgeBand band = bands[i];
        m_widgets.add<ChoiceChip>(
            t, tr(bandIds[i]),
            sf::FloatRect{left + static_cast<float>(i) * 390.f, ages.top, 370.f, ages.height}, m_age == band,
            [this, band] {
                m_age = band;
                requestRebuild();
            },
            scale);
    }
    const sf::FloatRect swatches = form.placed(swatchEntry);
    for (int i = 0; i < kProfileColours; ++i) {
        m_widgets.add<ColourSwatch>(sf::Vector2f{left + kSwatchRadius + 4.f + static_cast<float>(i) * 92.f,
                                                 swatches.top + swatches.height / 2.f},
                                    kSwatchRadius, theme::avatar[i], m_colour == i, [this, i] {
                                        m_colour = i;
                                        requestRebuild();
                                    });
    }
    // Right: a preview of the player's Mobi, and under it the code sets (two chips a row).
    float rightBottom = slots[0].top - 14.f;
    if (codeSets) {
        const std::size_t sets = std::min<std::size_t>(vault.sets.size(), 6);
        const float rows = static_cast<float>((sets + 1) / 2);
        TextSpec codeLabel{theme::TextRole::Small, kPreviewWidth, theme::ink, Align::Left, true};
        codeLabel.maxLines = 2;
        m_codeLabel.set(t, tr("profile_edit.code_set"), codeLabel);
        const float chipsTop = rightBottom - rows * (kCodeChipHeight + 8.f);
        m_codeLabel.setPosition({kPreviewLeft, chipsTop - 4.f - m_codeLabel.size().y});
        for (std::size_t i = 0; i < sets; ++i) {
            const std::string id = vault.sets[i].id;
            const sf::FloatRect chip{kPreviewLeft + static_cast<float>(i % 2) * (kPreviewWidth / 2.f + 4.f),
                                     chipsTop + static_cast<float>(i / 2) * (kCodeChipHeight + 8.f),
                                     kPreviewWidth / 2.f - 4.f, kCodeChipHeight};
            m_widgets.add<ChoiceChip>(t, id, chip, m_codeSet == id, [this, id] {
                m_codeSet = id;
                requestRebuild();
            });
        }
        rightBottom = m_codeLabel.position().y - 12.f;
    } else {
        m_codeLabel.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
    }
    m_widgets.add<Button>(
        t, tr("common.cancel"), slots[0], [this] { close(); }, ButtonKind::Secondary);
    if (canRestart)
        m_widgets.add<Button>(
            t, tr("profile_edit.restart"), slots[1], [this] { askRestart(); }, ButtonKind::Secondary);
    m_widgets.add<Button>(t, m_isNew ? tr("profile_edit.create") : tr("profile_edit.save"), slots.back(),
                          [this] { later([this] { save(); }); });
    m_widgets.setFocus(keepFocus >= 0 ? keepFocus : 0);
    m_previewCard = {kPreviewLeft, field.top, kPreviewWidth, std::min(420.f, rightBottom - field.top)};
}

void ProfileEditScene::askRestart() {
    // The safe answer first, with the focus: a stray Enter never wipes a child's journey.
    SceneContext* ctx = &m_ctx;
    const int slot = m_slot;
    const std::string question = tr("profile_edit.confirm_restart", {{"name", m_name}});
    m_ctx.stack.push([ctx, question, slot] {
        return std::make_unique<ConfirmScene>(*ctx, question, ctx->strings.get("profiles.keep"),
                                              ctx->strings.get("profile_edit.restart_yes"), [ctx, slot] {
                                                  auto& p =
                                                      ctx->profiles.slots[static_cast<std::size_t>(slot)];
                                                  if (p) restartJourney(*p);
                                                  ctx->app.profilesChanged();
                                              });
    });
}

void ProfileEditScene::save() {
    auto* field = dynamic_cast<TextField*>(&m_widgets.at(m_nameField));
    std::string name = sanitizeProfileName(field ? field->valueUtf8() : m_name);
    if (name.empty()) name = tr("profile_edit.default_name", {{"number", std::to_string(m_slot + 1)}});
    auto& slot = m_ctx.profiles.slots[static_cast<std::size_t>(m_slot)];
    if (!slot) slot = Profile{};
    slot->name = name;
    slot->ageBand = m_age;
    slot->colour = m_colour;
    slot->codeSet = m_codeSet;
    m_ctx.app.profilesChanged();
    if (m_isNew) {
        // A new player starts playing straight away.
        m_ctx.settings.lastProfile = m_slot;
        m_ctx.app.settingsChanged();
        goTo("menu");
    } else {
        close();
    }
}

void ProfileEditScene::handleEvent(const UiEvent& e) {
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape)) close();
}

void ProfileEditScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_heading);
    target.draw(m_nameLabel);
    target.draw(m_ageLabel);
    target.draw(m_colourLabel);
    target.draw(m_codeLabel);
    // A preview of the player's Mobi.
    drawPanel(target, m_previewCard, 28.f, theme::card, theme::ink, theme::outline);
    const float mobi = std::min(260.f, (m_previewCard.height - 40.f) / 1.2f);
    drawMobi(target,
             {m_previewCard.left + m_previewCard.width / 2.f,
              m_previewCard.top + m_previewCard.height / 2.f - mobi * 0.08f},
             mobi, Mood::Happy, theme::avatar[m_colour % kProfileColours], 0.7f);
    m_widgets.draw(target);
}

} // namespace mobi
