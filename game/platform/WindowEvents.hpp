// SPDX-License-Identifier: GPL-3.0-or-later
// Between SFML's window events and the text of an events file
// (core/EventScript.hpp): keys by SFML's own names, mouse positions mapped
// between window pixels and the 1280×720 logical screen. A replayed event
// becomes a real sf::Event, so it goes through App exactly as a key pressed
// on the keyboard does.
#pragma once

#include "core/EventScript.hpp"
#include "ui/UiEvent.hpp"

#include <SFML/System/Vector2.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>

namespace mobi {

std::optional<sf::Keyboard::Key> keyFromName(const std::string& name);
// "" for a key without a name here.
const char* keyName(sf::Keyboard::Key key);

// The window event for a recorded one (its key must have a name; see keyFromName).
// Report and End are not window events: nullopt.
std::optional<sf::Event> toWindowEvent(const RecordedEvent& e, sf::Vector2u windowSize);
// The recorded form of a window event, or nullopt for one that is not input
// (resize, close) or a key without a name.
std::optional<RecordedEvent> fromWindowEvent(const sf::Event& e, sf::Vector2u windowSize, int step);

// What the scenes see of a window event (positions in logical pixels), or
// nullopt for one that is not theirs (resize, focus, a middle button).
std::optional<UiEvent> toUiEvent(const sf::Event& e, sf::Vector2u windowSize);

} // namespace mobi
