// SPDX-License-Identifier: GPL-3.0-or-later
// A big rounded button with a label: the main control of every screen.
// Focus shows twice — a thick blue ring and a yellow fill — never by colour alone.
#pragma once

#include "ui/TextBlock.hpp"
#include "ui/Widget.hpp"

#include <functional>
#include <string>

namespace mobi {

class TextStyler;

enum class ButtonKind { Primary, Secondary, Danger, Soon };

class Button : public Widget {
public:
    Button(const TextStyler& styler, const std::string& label, sf::FloatRect area,
           std::function<void()> onPress, ButtonKind kind = ButtonKind::Primary);

    void activate() override;
    void draw(sf::RenderTarget& target, bool focused) const override;

    void setLabel(const TextStyler& styler, const std::string& label);
    ButtonKind kind() const { return m_kind; }

private:
    void placeLabel();

    TextBlock m_label;
    std::function<void()> m_onPress;
    ButtonKind m_kind;
};

// The focus ring drawn around any focused control.
void drawFocusRing(sf::RenderTarget& target, const sf::FloatRect& rect);

} // namespace mobi
