// SPDX-License-Identifier: GPL-3.0-or-later
// The speaker button that has Mobi read a screen again, and the light on the
// word being said. Drawn by App over the scene on top, so every scene that
// offers text to read gets them the same way.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Keyboard.hpp>

namespace mobi {

// Reads the screen again, as the button does: a key that is not a letter
// (AZERTY and QWERTY agree), and that no screen uses for anything else.
constexpr sf::Keyboard::Key kReadAgainKey = sf::Keyboard::F1;

// The button's radius in logical pixels: a finger-sized target (48 px and more).
constexpr float kSpeakerRadius = 28.f;
// The room a card's heading leaves in its top right corner for the button.
constexpr float kSpeakerRoom = 2.f * kSpeakerRadius + 12.f;

// A round button with a loudspeaker; while Mobi speaks, its sound waves show.
void drawSpeakerButton(sf::RenderTarget& target, sf::Vector2f centre, bool speaking);
// True when `point` (logical pixels) is on the button.
bool onSpeakerButton(sf::Vector2f centre, sf::Vector2f point);
// A pale blue marker behind the word being said (the caller draws the word again
// over it), and a line under it.
void drawLitWord(sf::RenderTarget& target, const sf::FloatRect& word);

} // namespace mobi
