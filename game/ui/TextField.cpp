// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TextField.hpp"

#include "core/Unicode.hpp"
#include "ui/Button.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

namespace mobi {

TextField::TextField(const TextStyler& styler, sf::FloatRect area, std::size_t maxLetters,
                     const std::string& initialUtf8, const std::string& placeholderUtf8,
                     std::function<void()> onSubmit)
    : m_styler(&styler), m_value(decodeUtf8(initialUtf8)), m_maxLetters(maxLetters),
      m_placeholder(placeholderUtf8), m_onSubmit(std::move(onSubmit)) {
    rect = area;
    if (m_value.size() > m_maxLetters) m_value.resize(m_maxLetters);
    relayout();
}

std::string TextField::valueUtf8() const { return encodeUtf8(m_value); }

void TextField::relayout() {
    const bool empty = m_value.empty();
    TextSpec spec{theme::TextRole::Heading, rect.width - 40.f, empty ? theme::inkSoft : theme::ink,
                  Align::Left, !empty};
    spec.maxHeight = rect.height - 8.f; // a small field (large text in a full form) gets smaller letters
    spec.maxLines = 1;
    m_shown.set(*m_styler, empty ? m_placeholder : encodeUtf8(m_value), spec);
    // The caret stands at the left of an empty box: the grey hint starts after it.
    m_shown.centreVertically(rect.left + (empty ? 34.f : 20.f), rect.top, rect.height);
}

void TextField::activate() {
    if (m_onSubmit) m_onSubmit();
}

bool TextField::key(const UiEvent& e) {
    if (e.isKey(sf::Keyboard::BackSpace)) {
        if (!m_value.empty()) m_value.pop_back();
        relayout();
        return true;
    }
    // Space types a space here instead of pressing the field.
    return e.isKey(sf::Keyboard::Space);
}

bool TextField::text(std::uint32_t c) {
    const char32_t ch = static_cast<char32_t>(c);
    if (isInvisibleOrControl(ch)) return false; // Enter, Backspace and Escape arrive as control codes
    if (m_value.size() >= m_maxLetters) return true;
    m_value.push_back(ch);
    relayout();
    return true;
}

void TextField::draw(sf::RenderTarget& target, bool focused) const {
    target.draw(roundedRect(rect, 12.f, theme::card, theme::ink, theme::outline));
    if (focused) drawFocusRing(target, rect);
    target.draw(m_shown);
    if (focused) {
        // A solid caret: a blinking one would redraw the screen twice a second for nothing.
        const float x = m_value.empty() ? rect.left + 20.f : m_shown.position().x + m_shown.size().x + 4.f;
        sf::RectangleShape caret({4.f, m_shown.lineHeight() * 0.8f});
        caret.setPosition(x, rect.top + (rect.height - caret.getSize().y) / 2.f);
        caret.setFillColor(theme::ink);
        target.draw(caret);
    }
}

} // namespace mobi
