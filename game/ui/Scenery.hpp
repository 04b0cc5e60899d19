// SPDX-License-Identifier: GPL-3.0-or-later
// Flat scenery pieces that tell a child where a level happens, in a few
// shapes each (fill rate is what software OpenGL pays for: no textures, no
// full-screen layers): a far mountain range, a mine's headframe, a hall
// window, a tool lying on a bench. Levels place them in logical pixels; each
// is noted as scenery for --check-layout. Levels leave them out in low detail.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace mobi::scenery {

// A jagged range along `baseY`, peaks up to `height` above it, across [left, right].
void farRange(sf::RenderTarget& target, float left, float right, float baseY, float height, sf::Color colour);

// A mine's headframe: the tower and its wheel, standing on `foot`, `height` tall.
void headframe(sf::RenderTarget& target, sf::Vector2f foot, float height, sf::Color colour);

// A tall factory window with its frame and glazing bars.
void hallWindow(sf::RenderTarget& target, const sf::FloatRect& rect);

// A screwdriver lying from `tip` towards the right, `length` long.
void screwdriver(sf::RenderTarget& target, sf::Vector2f tip, float length);

} // namespace mobi::scenery
