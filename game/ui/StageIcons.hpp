// SPDX-License-Identifier: GPL-3.0-or-later
// One picture per life-cycle stage, drawn from shapes: a mountain with a pick,
// a factory, a ship, a phone with waves, a drawer, recycling arrows. They are
// the same on the level map, the logbook and the vault dials.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>

namespace mobi {

// `stage` is a LevelInfo::stage; `size` is the icon's width in logical pixels.
void drawStageIcon(sf::RenderTarget& target, const std::string& stage, sf::Vector2f centre, float size);

} // namespace mobi
