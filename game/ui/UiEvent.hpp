// SPDX-License-Identifier: GPL-3.0-or-later
// Input as scenes see it: already mapped into the 1280×720 logical space, so
// no scene knows the window size, and so tools can synthesise events.
#pragma once

#include <SFML/System/Vector2.hpp>
#include <SFML/Window/Keyboard.hpp>

#include <cstdint>

namespace mobi {

struct UiEvent {
    enum class Type { MouseMove, MouseDown, MouseUp, Wheel, KeyDown, KeyUp, Text };
    Type type = Type::MouseMove;
    sf::Vector2f pos;                              // logical pixels (mouse events)
    sf::Keyboard::Key key = sf::Keyboard::Unknown; // key events
    bool shift = false, control = false, alt = false;
    std::uint32_t unicode = 0; // text events: one typed character
    float wheel = 0;           // wheel events: notches, positive up
    bool rightButton = false;  // mouse button events

    bool isKey(sf::Keyboard::Key k) const { return type == Type::KeyDown && key == k; }
    bool isConfirmKey() const { return isKey(sf::Keyboard::Enter) || isKey(sf::Keyboard::Space); }
    bool isBackKey() const { return isKey(sf::Keyboard::Escape) || isKey(sf::Keyboard::BackSpace); }
};

} // namespace mobi
