// SPDX-License-Identifier: GPL-3.0-or-later
// The ghost hand that shows a gesture without words (core/GestureCue.hpp):
// it rocks on the thing to tilt, presses and holds with rings spreading, or
// drags a thing along a dotted path to where it goes, then starts again. The
// keys that do the same (← →, Space) are drawn beside it, for a child on the
// keyboard. Half-transparent, so the thing under it stays visible.
#pragma once

#include "core/GestureCue.hpp"
#include "ui/Camera.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

namespace mobi {

// Draws `cue` (nothing for kind None) at `time` seconds into its animation.
void drawGestureHand(sf::RenderTarget& target, const PlacedCue& cue, const Camera& camera, double time);

} // namespace mobi
