// SPDX-License-Identifier: GPL-3.0-or-later
// The one place where world metres become screen pixels: the level's world
// (its <world width>, y up) fills the 1280-pixel-wide logical screen (y
// down). Each level scene makes one from its level file and passes it in.
#pragma once

#include "core/PixelGrid.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>

namespace mobi {

class Camera {
public:
    explicit Camera(float worldWidth = 32.f) : m_scale(pixelsPerMetre(worldWidth)) {}

    sf::Vector2f toScreen(float x, float y) const { return {x * m_scale, kLogicalHeight - y * m_scale}; }
    sf::Vector2f toWorld(sf::Vector2f screen) const {
        return {screen.x / m_scale, (kLogicalHeight - screen.y) / m_scale};
    }
    float toPixels(float metres) const { return metres * m_scale; }
    // A rectangle given by its centre and size in metres.
    sf::FloatRect rect(float cx, float cy, float w, float h) const {
        const sf::Vector2f tl = toScreen(cx - w / 2.f, cy + h / 2.f);
        return {tl.x, tl.y, toPixels(w), toPixels(h)};
    }

private:
    float m_scale; // pixels a metre
};

} // namespace mobi
