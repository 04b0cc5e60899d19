// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of a phone's parts and of a screw, shared by the levels that take
// a phone apart or put one together (L'Usine, La Renaissance): each part by a
// shape and a picture of its own (a board's chips, a battery's "+", a lens, a
// grille), never by colour alone.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace mobi {

enum class PhonePart { Frame, Board, Battery, Camera, Speaker, Screen };

// The part filling `rect`; a `lit` screen is switched on and shows Mobi's face.
void drawPhonePart(sf::RenderTarget& target, PhonePart part, const sf::FloatRect& rect, bool lit = false);

// A screw head: a cross that turns with `turn` (0..1), and while it is not
// fully turned an orange ring that grows to say how far it has gone.
void drawScrew(sf::RenderTarget& target, sf::Vector2f centre, float radius, float turn);

} // namespace mobi
