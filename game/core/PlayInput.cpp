// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PlayInput.hpp"

namespace mobi {
namespace {
std::size_t index(PlayKey key) { return static_cast<std::size_t>(key); }
} // namespace

void PlayInput::press(PlayKey key) {
    // A held key repeats its press (the window's key repeat): only the first counts.
    if (!m_held[index(key)]) m_pressed[index(key)] = true;
    m_held[index(key)] = true;
}

void PlayInput::release(PlayKey key) { m_held[index(key)] = false; }

void PlayInput::cycle() { m_cycle = true; }

void PlayInput::pointerMove(float x, float y) {
    m_pointerValid = true;
    if (m_pointerPressed) { // pressed during this step: the press keeps its point until the step is taken
        m_movedAfterPress = true;
        m_afterX = x;
        m_afterY = y;
        return;
    }
    m_x = x;
    m_y = y;
}

void PlayInput::pointerDown(float x, float y) {
    if (m_pointerHeld) return pointerMove(x, y);
    m_pointerValid = true;
    m_x = x;
    m_y = y;
    m_movedAfterPress = false;
    m_pointerPressed = m_pointerHeld = true;
}

void PlayInput::pointerUp() { m_pointerHeld = false; }

void PlayInput::releaseAll() {
    m_held = {};
    m_pressed = {};
    m_cycle = false;
    m_pointerHeld = m_pointerPressed = m_movedAfterPress = false;
}

InputFrame PlayInput::take() {
    // Held now, or pressed since the last step and already released.
    auto down = [this](PlayKey k) { return m_held[index(k)] || m_pressed[index(k)]; };
    InputFrame f;
    f.axisX = (down(PlayKey::Right) ? 1 : 0) - (down(PlayKey::Left) ? 1 : 0);
    f.axisY = (down(PlayKey::Up) ? 1 : 0) - (down(PlayKey::Down) ? 1 : 0);
    f.action = down(PlayKey::Action);
    f.actionPressed = m_pressed[index(PlayKey::Action)];
    f.cyclePressed = m_cycle;
    f.pointerValid = m_pointerValid;
    f.pointerX = m_x;
    f.pointerY = m_y;
    f.pointerDown = m_pointerValid && (m_pointerHeld || m_pointerPressed);
    m_pressed = {};
    m_cycle = false;
    m_pointerPressed = false;
    if (m_movedAfterPress) {
        m_x = m_afterX;
        m_y = m_afterY;
        m_movedAfterPress = false;
    }
    return f;
}

} // namespace mobi
