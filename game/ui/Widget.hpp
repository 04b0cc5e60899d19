// SPDX-License-Identifier: GPL-3.0-or-later
// Something on screen a player can point at or reach with the keyboard.
#pragma once

#include "ui/UiEvent.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace mobi {

class TextBlock;

class Widget {
public:
    virtual ~Widget() = default;

    // Enter, Space or a click.
    virtual void activate() {}
    // A click at a logical point inside the widget; most widgets just activate.
    virtual void click(sf::Vector2f) { activate(); }
    // A key while focused; true if the widget used it (a stepper uses ← →).
    virtual bool key(const UiEvent&) { return false; }
    // A typed character while focused; true if used.
    virtual bool text(std::uint32_t) { return false; }

    virtual void draw(sf::RenderTarget& target, bool focused) const = 0;
    // Words Mobi reads aloud with the screen (a quiz answer, a promise), or
    // null: buttons are not read, their pictures say what they do.
    virtual const TextBlock* spokenWords() const { return nullptr; }

    sf::FloatRect rect;
    bool enabled = true; // a disabled widget is drawn greyed and cannot be focused
};

} // namespace mobi
