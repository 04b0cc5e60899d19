// SPDX-License-Identifier: GPL-3.0-or-later
// What a player holds and presses during play, gathered from window events
// between two fixed steps and handed to the simulation as one InputFrame per
// step. A press is latched until a step takes it, so a key or a mouse button
// pressed and released between two steps still reaches one step (a quick tap
// on a touchpad while the game draws 30 images a second and steps twice per
// image). Positions are world metres: the scene converts pixels first.
#pragma once

#include "core/InputFrame.hpp"

#include <array>

namespace mobi {

enum class PlayKey { Left, Right, Up, Down, Action };

class PlayInput {
public:
    void press(PlayKey key);
    void release(PlayKey key);
    void cycle(); // Tab: the keyboard hand jumps to the next thing to grab
    void pointerMove(float x, float y);
    void pointerDown(float x, float y);
    void pointerUp();
    // Lets go of every key and the mouse button: the level was covered by
    // another scene or the window lost the focus, so their releases will
    // never come here. The pointer keeps its place.
    void releaseAll();
    // The frame for the next step; clears what was latched for it.
    InputFrame take();

private:
    static constexpr std::size_t kKeys = 5;
    std::array<bool, kKeys> m_held{};
    std::array<bool, kKeys> m_pressed{}; // pressed since the last take()
    bool m_cycle = false;
    bool m_pointerValid = false;
    bool m_pointerHeld = false, m_pointerPressed = false;
    float m_x = 0.f, m_y = 0.f;
    // Where the mouse went after a press in the same step: the step presses where the
    // button went down (a quick drag grabs what was under it), the next one moves on.
    bool m_movedAfterPress = false;
    float m_afterX = 0.f, m_afterY = 0.f;
};

} // namespace mobi
