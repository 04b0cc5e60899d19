// SPDX-License-Identifier: GPL-3.0-or-later
// Colours and sizes of the whole game, in one place. Okabe–Ito colours (safe
// for colour-blind children) on a warm light background; dark ink everywhere
// so text contrast stays above 4.5:1 even on a washed-out projector.
#pragma once

#include <SFML/Graphics/Color.hpp>

namespace mobi::theme {

// Okabe–Ito palette.
const sf::Color orange(0xE6, 0x9F, 0x00);
const sf::Color skyBlue(0x56, 0xB4, 0xE9);
const sf::Color bluishGreen(0x00, 0x9E, 0x73);
const sf::Color yellow(0xF0, 0xE4, 0x42);
const sf::Color blue(0x00, 0x72, 0xB2);
const sf::Color vermillion(0xD5, 0x5E, 0x00);
const sf::Color reddishPurple(0xCC, 0x79, 0xA7);

const sf::Color ink(0x1B, 0x1B, 0x2F);        // text and outlines
const sf::Color inkSoft(0x45, 0x45, 0x5A);    // secondary text (≥ 7:1 on paper)
const sf::Color paper(0xFF, 0xF6, 0xE3);      // background
const sf::Color card(0xFF, 0xFF, 0xFF);       // panels
const sf::Color shade(0xF2, 0xE6, 0xCC);      // subtle areas on paper
const sf::Color disabled(0xD9, 0xD9, 0xD9);   // buttons that cannot be used yet
const sf::Color veil(0x1B, 0x1B, 0x2F, 0xB0); // dims the scene under an overlay
const sf::Color focus(0x00, 0x72, 0xB2);      // the keyboard focus ring

// Avatar colours for profiles, in slot order (Okabe–Ito plus two tints).
const sf::Color avatar[8] = {orange,     skyBlue,       bluishGreen, yellow,
                             vermillion, reddishPurple, blue,        sf::Color(0x99, 0x99, 0x99)};

// Outline thickness of shapes: thick, to survive projection.
constexpr float outline = 4.f;
constexpr float focusRing = 6.f;
constexpr float corner = 18.f; // rounded-corner radius of buttons and cards

// Base font sizes in logical pixels at text size 0. Body ≥ 720/24 = 30 px.
enum class TextRole { Small, Body, Button, Heading, Title };
constexpr unsigned baseSize(TextRole role) {
    switch (role) {
    case TextRole::Small:
        return 26;
    case TextRole::Body:
        return 32;
    case TextRole::Button:
        return 34;
    case TextRole::Heading:
        return 46;
    case TextRole::Title:
        return 64;
    }
    return 32;
}

} // namespace mobi::theme
