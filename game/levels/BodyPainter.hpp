// SPDX-License-Identifier: GPL-3.0-or-later
// Draws every body and zone of a level that has a style in the level file —
// walls, funnels, rocks, nuggets, crates — from its own fixtures, in one
// batch: a level's view then draws only what shapes cannot say (a face, a
// filling jar, a label). Chains are thick lines: the outline colour, then
// the fill down their middle.
#pragma once

#include "content/LevelData.hpp"
#include "ui/Camera.hpp"
#include "ui/ShapeBatch.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <box2d/box2d.h>

#include <functional>
#include <map>
#include <string>

namespace mobi {

class LevelSim;

class BodyPainter {
public:
    // `which`: the bodies to draw now (a level draws some under its scenery,
    // some over); all styled ones when empty.
    using Filter = std::function<bool(const b2Body*)>;
    void draw(sf::RenderTarget& target, const LevelSim& sim, const Camera& camera,
              const Filter& which = {}) const;

    static sf::Color colour(std::uint32_t rgba);

private:
    void body(const b2Body* b, const StyleData& style, const Camera& camera) const;
    mutable ShapeBatch m_chains; // every chain's thick lines, outline then fill
    mutable ShapeBatch m_halos;  // under every body, so no halo covers a neighbour
    mutable ShapeBatch m_batch;  // reused every frame: no allocation once warm
    mutable std::vector<std::pair<sf::Vector2f, sf::Vector2f>> m_lines;
};

} // namespace mobi
