// SPDX-License-Identifier: GPL-3.0-or-later
// Draws one level from its simulation, which it only reads. Each level has
// its own view, next to its rules; LevelViews.cpp lists them.
#pragma once

#include "levels/LevelSim.hpp"
#include "ui/Camera.hpp"
#include "ui/TextCache.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <memory>
#include <string>

namespace mobi {

class Strings;
class TextStyler;

struct ViewContext {
    const TextStyler& text;
    const Strings& strings;
    bool lowDetail; // no decoration, no particles
    double time;    // seconds since the level started, for gentle animations
    sf::Color mobi; // Mobi in the player's colour
    const Camera& camera;
    MobiMood::Feeling feeling = MobiMood::Feeling::Calm; // what Mobi feels now (LevelSim::mood())
    float feelingStrength = 0.f;                         // 1 as the feeling comes, fading to 0
};

// Mobi as the level's events make it feel: a hop and a wave when glad, wide
// eyes at an "oops", proud at the end, sleepy when left alone. `feet` is
// where Mobi stands (logical pixels), `height` its body height.
void drawLevelMobi(sf::RenderTarget& target, sf::Vector2f feet, float height, const ViewContext& ctx);

class LevelView {
public:
    virtual ~LevelView() = default;
    // The world: scenery and bodies.
    virtual void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const = 0;
    // The level's own counters in the HUD band, between x = 20 + titleWidth() + 10 and 980, y 0 to 64.
    virtual void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const = 0;
    // How wide the level's name may be at the left of the band: a longer name
    // keeps more of it, when the level's counters need less.
    virtual float titleWidth() const { return 270.f; }
    // The room the level keeps free for the hint box (logical pixels): the
    // box is as tall as its words, which shrink to fit; it never covers the play.
    virtual sf::FloatRect hintArea(const LevelSim&) const { return {730.f, 80.f, 530.f, 190.f}; }
    // The end panel shows what the child's choices did in pictures (the
    // river, the heap, the metals; the jar) before any words, in `box`.
    virtual bool hasEndPicture() const { return false; }
    virtual void drawEndPicture(sf::RenderTarget&, const LevelSim&, const ViewContext&,
                                const sf::FloatRect& /*box*/) const {}
};

// One picture of an end panel: a rounded tile, and the number under it in
// big digits (how many nuggets, rocks on the heap…). The drawing goes above.
void endTile(sf::RenderTarget& target, TextCache& texts, const ViewContext& ctx, const std::string& key,
             const sf::FloatRect& tile, const std::string& number);

// Notes a body's box on a probed target (--check-layout): the things of a level
// that the top band and the hint box must never hide.
void probeBody(sf::RenderTarget& target, const b2Body* body, const std::string& name, const Camera& camera);

// The view of a level, or null if the level has none yet.
std::unique_ptr<LevelView> makeLevelView(const std::string& levelId);

} // namespace mobi
