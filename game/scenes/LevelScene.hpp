// SPDX-License-Identifier: GPL-3.0-or-later
// A level being played: turns the player's mouse and keys into one InputFrame
// per fixed step (core/PlayInput), runs the simulation, draws it through the level's view with
// a HUD (level name, the level's counters, a pause button), offers a hint to a
// child who seems stuck, and at the end saves the progress and the vault digit.
#pragma once

#include "core/InputScript.hpp"
#include "core/PlayInput.hpp"
#include "levels/LevelLoad.hpp"
#include "levels/LevelView.hpp"
#include "scenes/Scene.hpp"
#include "ui/Camera.hpp"
#include "ui/Particles.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <algorithm>
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
    // Running, or the confetti of the end still falling.
    bool isAnimating() const override {
        return m_sim && (m_sim->outcome() == Outcome::Running || m_particles.alive());
    }
    void focusLost() override;
    void releaseInput() override { m_input.releaseAll(); }
    std::string describe() const override;
    std::optional<sf::Vector2f> pointOf(const std::string& name) const override;
    // The hint in play (what to do now), then the end panel; never the counters.
    std::vector<const TextBlock*> spokenText() const override {
        if (m_finished) return {&m_endTitle, &m_endText};
        if (!m_hintId.empty()) return {&m_hint};
        return {};
    }
    // Beside the hint's bubble (left of it, or right of one at the screen's
    // left edge, or under one as wide as the screen); in the end panel's top right corner.
    sf::Vector2f speakerSpot() const override {
        if (m_finished) return {m_endCard.left + m_endCard.width - 40.f, m_endCard.top + 40.f};
        if (hintSpeakerInside()) // under the left end of the bubble
            return {m_hintArea.left + 36.f,
                    m_hintArea.top + std::min(m_hintArea.height, m_hint.size().y + 20.f) + 36.f};
        if (m_hintArea.left < 80.f) return {m_hintArea.left + m_hintArea.width + 36.f, m_hintArea.top + 32.f};
        return {m_hintArea.left - 36.f, m_hintArea.top + 32.f};
    }

    // Options for a player: their age band, the choices made on the intro card.
    static LevelOptions optionsFor(const SceneContext& ctx, std::map<std::string, std::string> choices,
                                   bool challenge);

private:
    bool playing() const { return m_sim && !m_finished; }
    // No room for the speaker button on either side of the hint's bubble.
    bool hintSpeakerInside() const {
        return m_hintArea.left < 80.f && m_hintArea.left + m_hintArea.width > 1200.f;
    }
    void handlePlayKey(const UiEvent& e);
    void handlePointer(const UiEvent& e);
    void finish();
    void openPause(); // in class mode, with a way for the teacher to skip the rest of the game
    void drawHand(sf::RenderTarget& target) const;
    void playSounds();
    void buildEndPanel();

    std::string m_levelId;
    LevelOptions m_options;
    std::optional<LoadedLevel> m_level;
    std::unique_ptr<LevelSim> m_sim;
    std::unique_ptr<LevelView> m_view;
    double m_time = 0;
    static constexpr float kEndPictureHeight = 190.f;
    static constexpr float kLeastPictureHeight = 120.f; // the pictures keep this much when the words are long
    static constexpr float kLeastWordsHeight = 90.f;    // and the words at least this
    sf::FloatRect m_endPicture; // where the view draws the end panel's pictures (empty: none)
    Particles m_particles;      // success bursts (none in low detail)
    // A screenshot may replay an input script instead of live input.
    std::optional<InputScript> m_script;
    std::optional<ScriptPlayer> m_player;
    bool m_finished = false; // progress saved, end panel shown

    Camera m_camera;
    PlayInput m_input; // held between steps; presses latched until a step takes them

    std::string m_hintId; // the hint shown now ("" for none)
    sf::FloatRect m_hintArea;
    TextBlock m_name, m_hint, m_endTitle, m_endText;
    sf::FloatRect m_endCard;
    WidgetGroup m_widgets;
};

} // namespace mobi
