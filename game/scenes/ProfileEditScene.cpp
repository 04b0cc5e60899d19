#include "content/VaultData.hpp"
#include "core/Letterbox.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "save/ProfileName.hpp"
#include "scenes/ProfilesScene.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextField.hpp"
#include "ui/TextStyler.hpp"

namespace mobi {

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

    m_heading.set(t,
                  m_isNew ? tr("profile_edit.new_title") : tr("profile_edit.edit_title", {{"name", m_name}}),
                  {theme::TextRole::Heading, 1100.f, theme::ink, Align::Centre, true});
    m_heading.setPosition({90.f, 20.f});
    const float left = 60.f, width = 760.f;
    m_nameLabel.set(t, tr("profile_edit.name"),
                    {theme::TextRole::Body, width, theme::ink, Align::Left, true});
    m_nameLabel.setPosition({left, 100.f});
    float y = 100.f + m_nameLabel.size().y + 6.f;

    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    m_nameField = m_widgets.size();
    const float fieldH = 20.f + static_cast<float>(t.size(theme::TextRole::Heading)) * 1.3f;
    m_widgets.add<TextField>(t, sf::FloatRect{left, y, width, fieldH}, kMaxNameLetters, m_name,
                             tr("profile_edit.name_placeholder"), [this] { later([this] { save(); }); });
    y += fieldH + 22.f;

    m_ageLabel.set(t, tr("profile_edit.age"), {theme::TextRole::Body, width, theme::ink, Align::Left, true});
    m_ageLabel.setPosition({left, y});
    y += m_ageLabel.size().y + 6.f;
    const float chipH = layout::buttonHeight(t.scale());
    const AgeBand bands[2] = {AgeBand::Young, AgeBand::Older};
    const char* bandIds[2] = {"age.young", "age.older"};
    for (int i = 0; i < 2; ++i) {
        const AgeBand band = bands[i];
        m_widgets.add<ChoiceChip>(t, tr(bandIds[i]),
                                  sf::FloatRect{left + static_cast<float>(i) * 390.f, y, 370.f, chipH},
                                  m_age == band, [this, band] {
                                      m_age = band;
                                      requestRebuild();
                                  });
    }
    y += chipH + 22.f;

    m_colourLabel.set(t, tr("profile_edit.colour"),
                      {theme::TextRole::Body, width, theme::ink, Align::Left, true});
    m_colourLabel.setPosition({left, y});
    y += m_colourLabel.size().y + 40.f;
    for (int i = 0; i < kProfileColours; ++i) {
        m_widgets.add<ColourSwatch>(sf::Vector2f{left + 36.f + static_cast<float>(i) * 92.f, y}, 32.f,
                                    theme::avatar[i], m_colour == i, [this, i] {
                                        m_colour = i;
                                        requestRebuild();
                                    });
    }

    // The vault's code set: teachers give different sets to different groups.
    // Shown only when levels/vault.xml holds more than one set.
    ErrorList ignored;
    const VaultBook vault = loadVaultFile(vaultFile(m_ctx.assets.dataDir()).u8string(), {}, ignored);
    if (vault.sets.size() > 1) {
        y += 46.f;
        m_codeLabel.set(t, tr("profile_edit.code_set"),
                        {theme::TextRole::Small, 300.f, theme::ink, Align::Left, true});
        m_codeLabel.centreVertically(left, y, 52.f);
        for (std::size_t i = 0; i < vault.sets.size() && i < 6; ++i) {
            const std::string id = vault.sets[i].id;
            m_widgets.add<ChoiceChip>(
                t, id, sf::FloatRect{left + 290.f + static_cast<float>(i) * 132.f, y, 122.f, 52.f},
                m_codeSet == id, [this, id] {
                    m_codeSet = id;
                    requestRebuild();
                });
        }
    } else {
        m_codeLabel.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
    }
    const float h = layout::buttonHeight(t.scale());
    auto slots = layout::row(kLogicalWidth / 2.f, kLogicalHeight - h - 20.f, 360.f, h, 40.f, 2);
    m_widgets.add<Button>(
        t, tr("common.cancel"), slots[0], [this] { close(); }, ButtonKind::Secondary);
    m_widgets.add<Button>(t, m_isNew ? tr("profile_edit.create") : tr("profile_edit.save"), slots[1],
                          [this] { later([this] { save(); }); });
    m_widgets.setFocus(keepFocus >= 0 ? keepFocus : 0);
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
    drawPanel(target, {880.f, 110.f, 340.f, 420.f}, 28.f, theme::card, theme::ink, theme::outline);
    drawMobi(target, {1050.f, 310.f}, 260.f, Mood::Happy, theme::avatar[m_colour % kProfileColours], 0.7f);
    m_widgets.draw(target);
}

} // namespace mobi
