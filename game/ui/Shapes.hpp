// SPDX-License-Identifier: GPL-3.0-or-later
// Flat, rounded shapes drawn from code: the game's whole look is built from
// these, so it stays consistent and needs no image files.
#pragma once

#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace mobi {

// A rectangle with rounded corners (radius in logical pixels).
sf::ConvexShape roundedRect(const sf::FloatRect& rect, float radius, sf::Color fill,
                            sf::Color outline = sf::Color::Transparent, float outlineThickness = 0.f);

// A card, a band or a bubble that texts and widgets sit on: drawn as a
// rounded rectangle, and noted as a panel by --check-layout (LayoutProbe).
void drawPanel(sf::RenderTarget& target, const sf::FloatRect& rect, float radius, sf::Color fill,
               sf::Color outline = sf::Color::Transparent, float outlineThickness = 0.f);

// A triangle pointing left (-1) or right (+1), centred on `centre`.
sf::ConvexShape arrowHead(sf::Vector2f centre, float size, int direction, sf::Color fill);

// A filled circle with an outline.
void drawCircle(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color fill,
                sf::Color outline = sf::Color::Transparent, float outlineThickness = 0.f);

// A thick line between two points (SFML lines are one pixel wide).
void drawThickLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, float thickness,
                   sf::Color colour);

enum class Mood { Happy, Surprised, Worried, Sleepy, Proud };

// Mobi, the friendly smartphone: a rounded phone with a face on its screen,
// little arms and feet. `height` is the body height in logical pixels.
void drawMobi(sf::RenderTarget& target, sf::Vector2f centre, float height, Mood mood = Mood::Happy,
              sf::Color body = sf::Color(0x56, 0xB4, 0xE9), float wave = 0.f);

} // namespace mobi
