// SPDX-License-Identifier: GPL-3.0-or-later
// "Who is playing?": up to eight players on one computer. Pressing a card
// plays as that player; an empty card creates a new one. Renaming and
// deleting are behind their own buttons (for parents and teachers), and a
// deletion always asks first.
#pragma once

#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

namespace mobi {

class ProfilesScene : public Scene {
public:
    explicit ProfilesScene(SceneContext& ctx);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;

private:
    enum class Mode { Play, Edit, Delete };
    void pick(int slot);
    void setMode(Mode mode);

    Mode m_mode = Mode::Play;
    TextBlock m_heading;
    WidgetGroup m_widgets;
};

// Creating or editing one player: name, age band, colour.
class ProfileEditScene : public Scene {
public:
    // `slot` is the profile's slot; when it is empty a new player is made there.
    ProfileEditScene(SceneContext& ctx, int slot);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;

private:
    void save();
    void askRestart();

    int m_slot;
    bool m_isNew;
    std::string m_name; // as typed so far (kept across rebuilds)
    AgeBand m_age = AgeBand::Young;
    int m_colour = 0;
    std::string m_codeSet = "A";
    TextBlock m_heading, m_nameLabel, m_ageLabel, m_colourLabel, m_codeLabel;
    sf::FloatRect m_previewCard; // the player's Mobi, in their colour
    WidgetGroup m_widgets;
    std::size_t m_nameField = 0; // index of the text field in m_widgets
};

} // namespace mobi
