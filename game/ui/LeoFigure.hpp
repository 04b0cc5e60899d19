// SPDX-License-Identifier: GPL-3.0-or-later
// Léo, the child of 2070 who wrote the e-mail, as a small drawn figure: a
// round head with short hair, a T-shirt, arms raised and waving when glad.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

namespace mobi {

// Léo standing with feet at `feet`, `height` pixels tall; `wave` 0..1 lifts the arms.
void drawLeo(sf::RenderTarget& target, sf::Vector2f feet, float height, float wave);

} // namespace mobi
