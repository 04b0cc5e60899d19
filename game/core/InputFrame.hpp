// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a level learns from the player in one fixed step. The window,
// the keyboard and input scripts all produce InputFrames, so any run can be
// replayed and tested without a display. Positions are in world metres.
#pragma once

namespace mobi {

struct InputFrame {
    // The pointer (mouse), in world metres; valid only while the mouse is in use.
    bool pointerValid = false;
    float pointerX = 0.f, pointerY = 0.f;
    bool pointerDown = false; // left button held

    // Arrow keys as axes: -1, 0 or +1 (x: ← →, y: ↓ ↑).
    int axisX = 0, axisY = 0;
    bool action = false;        // Space or Enter held: grab / use with the keyboard
    bool actionPressed = false; // …pressed during this step
    bool cyclePressed = false;  // Tab: jump the keyboard hand to the next thing to grab
};

} // namespace mobi
