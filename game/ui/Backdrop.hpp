// SPDX-License-Identifier: GPL-3.0-or-later
// The common background of the menus: warm paper, a pale sky and soft hills.
// Drawn from a few big shapes so it costs almost nothing on software OpenGL.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

namespace mobi {

void drawBackdrop(sf::RenderTarget& target, bool lowDetail);

// A heading centred at the top of a screen, on a band, at logical y.
// (The text itself is a TextBlock owned by the scene.)
void drawHeaderBand(sf::RenderTarget& target, float height);

} // namespace mobi
