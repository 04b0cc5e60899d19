// The one place where world metres become screen pixels: the level's 32 × 18 m
// (y up) fills the 1280 × 720 logical screen (y down), 40 pixels a metre.
#pragma once

#include "core/Letterbox.hpp"

#include <SFML/System/Vector2.hpp>

namespace mobi {

class Camera {
public:
    static constexpr float kPixelsPerMetre = kLogicalWidth / 32.f;

    static sf::Vector2f toScreen(float x, float y) {
        return {x * kPixelsPerMetre, kLogicalHeight - y * kPixelsPerMetre};
    }
    static sf::Vector2f toWorld(sf::Vector2f screen) {
        return {screen.x / kPixelsPerMetre, (kLogicalHeight - screen.y) / kPixelsPerMetre};
    }
    static float toPixels(float metres) { return metres * kPixelsPerMetre; }
};

} // namespace mobi
