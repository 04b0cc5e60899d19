// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Button.hpp"

#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {

Button::Button(const TextStyler& styler, const std::string& label, sf::FloatRect area,
               std::function<void()> onPress, ButtonKind kind)
    : m_onPress(std::move(onPress)), m_kind(kind) {
    rect = area;
    setLabel(styler, label);
}

void Button::setLabel(const TextStyler& styler, const std::string& label) {
    const sf::Color colour = m_kind == ButtonKind::Danger ? sf::Color::White : theme::ink;
    // One line if it can (at a smaller size if need be); two lines only when
    // even that is too long, rather than spilling out.
    TextSpec spec{theme::TextRole::Button, rect.width - 24.f, colour, Align::Centre, true};
    spec.maxHeight = rect.height - 8.f;
    spec.maxLines = 1;
    m_label.set(styler, label, spec);
    if (!m_label.overflow().empty()) {
        spec.maxLines = 0;
        m_label.set(styler, label, spec);
    }
    placeLabel();
}

void Button::placeLabel() {
    // Centre the ink, not the line box: SFML's line box has room for accents
    // above capitals, which would make labels look too high.
    m_label.centreVertically(rect.left + 12.f, rect.top, rect.height);
}

void Button::activate() {
    if (enabled && m_onPress) m_onPress();
}

void drawFocusRing(sf::RenderTarget& target, const sf::FloatRect& r) {
    const float gap = 7.f;
    target.draw(roundedRect({r.left - gap, r.top - gap, r.width + 2 * gap, r.height + 2 * gap},
                            theme::corner + gap, sf::Color::Transparent, theme::focus, theme::focusRing));
}

void Button::draw(sf::RenderTarget& target, bool focused) const {
    sf::Color fill = theme::skyBlue;
    switch (m_kind) {
    case ButtonKind::Primary:
        fill = theme::skyBlue;
        break;
    case ButtonKind::Secondary:
        fill = theme::card;
        break;
    case ButtonKind::Danger:
        fill = theme::vermillion;
        break;
    case ButtonKind::Soon:
        fill = theme::shade;
        break;
    }
    if (!enabled)
        fill = theme::disabled;
    else if (focused && m_kind != ButtonKind::Danger)
        fill = theme::yellow;
    // A soft drop shadow gives the button depth without any texture.
    target.draw(roundedRect({rect.left + 4, rect.top + 6, rect.width, rect.height}, theme::corner,
                            sf::Color(0, 0, 0, 40)));
    target.draw(roundedRect(rect, theme::corner, fill, theme::ink, theme::outline));
    if (focused) drawFocusRing(target, rect);
    target.draw(m_label);
}

} // namespace mobi
