// SPDX-License-Identifier: GPL-3.0-or-later
// The game draws in a fixed 1280×720 logical space; on any window it is scaled
// to fit and centred with bars, and mouse positions are mapped back into it.
#pragma once

namespace mobi {

constexpr float kLogicalWidth = 1280.f;
constexpr float kLogicalHeight = 720.f;

// A viewport as fractions of the window (the form sf::View::setViewport takes).
struct ViewportRect {
    float left, top, width, height;
};

ViewportRect letterboxViewport(unsigned windowWidth, unsigned windowHeight);

struct LogicalPoint {
    float x, y;
    bool inside; // false on the bars
};

// Maps a window pixel to logical coordinates.
LogicalPoint windowToLogical(int px, int py, unsigned windowWidth, unsigned windowHeight);

struct WindowPoint {
    int x, y;
};

// The window pixel nearest a logical point (replayed and synthetic mouse events).
WindowPoint logicalToWindow(float x, float y, unsigned windowWidth, unsigned windowHeight);

} // namespace mobi
