// SPDX-License-Identifier: GPL-3.0-or-later
// How a level's world lies on the logical 1280 × 720 screen, without SFML:
// its <world width> fills the width, y up from the bottom edge. ui/Camera
// draws with it; the simulation snaps a point a script aims at onto it, so
// that the whole pixels a window's mouse gives and an input script's metres
// name exactly the same point (a replay and its script then play alike).
#pragma once

#include "core/Letterbox.hpp"

#include <cmath>

namespace mobi {

inline float pixelsPerMetre(float worldWidth) { return kLogicalWidth / worldWidth; }

// (x, y) metres moved to the nearest point a whole screen pixel shows, as the
// camera maps a pixel back to the world.
inline void snapToPixel(float worldWidth, float& x, float& y) {
    const float scale = pixelsPerMetre(worldWidth);
    const float px = std::round(x * scale), py = std::round(kLogicalHeight - y * scale);
    x = px / scale;
    y = (kLogicalHeight - py) / scale;
}

} // namespace mobi
