// A level being played: turns the player's mouse and keys into one InputFrame
// per fixed step, runs the simulation, draws it through the level's view with
// a HUD (level name, the level's counters, a pause button), offers a hint to a
// child who seems stuck, and at the end saves the progress and the vault digit.
#pragma once

#include "core/InputScript.hpp"
#include "levels/LevelLoad.hpp"
#include "levels/LevelView.hpp"
#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <memory>
#include <optional>

namespace mobi {

class LevelScene : public Scene {
public:
    LevelScene(SceneContext& ctx, std::string levelId, LevelOptions options);

    void handleEvent(const UiEvent& e) override;
    void update(double dt) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;
    bool isAnimating() const override { return m_sim && m_sim->outcome() == Outcome::Running; }
    void focusLost() override;

    // Options for a player: their age band, the choices made on the intro card.
    static LevelOptions optionsFor(const SceneContext& ctx, std::map<std::string, std::string> choices,
                                   bool challenge);

private:
    InputFrame takeInput();
    void finish();
    void playSounds();
    void buildEndPanel();

    std::string m_levelId;
    LevelOptions m_options;
    std::optional<LoadedLevel> m_level;
    std::unique_ptr<LevelSim> m_sim;
    std::unique_ptr<LevelView> m_view;
    double m_time = 0;
    // A screenshot may replay an input script instead of live input.
    std::optional<InputScript> m_script;
    std::optional<ScriptPlayer> m_player;
    bool m_finished = false; // progress saved, end panel shown

    // Input held between steps; edges are latched until a step takes them.
    bool m_left = false, m_right = false, m_up = false, m_down = false, m_actionHeld = false;
    bool m_actionPressed = false, m_cyclePressed = false;
    bool m_pointerValid = false, m_pointerDown = false;
    sf::Vector2f m_pointer; // logical pixels

    std::string m_hintId; // the hint shown now ("" for none)
    TextBlock m_name, m_hint, m_endTitle, m_endText;
    sf::FloatRect m_endCard;
    WidgetGroup m_widgets;
};

} // namespace mobi
