// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Stepper.hpp"

#include "ui/Button.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

namespace mobi {
namespace {
constexpr float kArrowZone = 56.f;   // width of each clickable arrow
constexpr float kLabelShare = 0.52f; // of the row's width; values are short words
} // namespace

Stepper::Stepper(const TextStyler& styler, const std::string& label, std::vector<std::string> values,
                 int index, sf::FloatRect area, std::function<void(int)> onChange)
    : m_styler(&styler), m_values(std::move(values)), m_index(index), m_onChange(std::move(onChange)) {
    rect = area;
    const float labelWidth = rect.width * kLabelShare;
    // A long label at a large text size steps down to fit its row, in one or two lines.
    TextSpec spec{theme::TextRole::Body, labelWidth - 20.f, theme::ink, Align::Left, false};
    spec.maxHeight = rect.height - 4.f;
    m_label.set(styler, label, spec);
    m_label.centreVertically(rect.left + 18.f, rect.top, rect.height);
    layoutValue();
}

sf::FloatRect Stepper::valueArea() const {
    const float left = rect.left + rect.width * kLabelShare;
    return {left, rect.top + 6.f, rect.left + rect.width - left - 8.f, rect.height - 12.f};
}

void Stepper::layoutValue() {
    const sf::FloatRect v = valueArea();
    const std::string& text = m_values.empty() ? std::string() : m_values[static_cast<std::size_t>(m_index)];
    TextSpec spec{theme::TextRole::Body, v.width - 2 * kArrowZone, theme::ink, Align::Centre, true};
    spec.maxHeight = v.height;
    m_value.set(*m_styler, text, spec);
    m_value.centreVertically(v.left + kArrowZone, v.top, v.height);
}

void Stepper::step(int direction) {
    if (m_values.empty()) return;
    const int n = static_cast<int>(m_values.size());
    m_index = (m_index + direction + n) % n;
    layoutValue();
    if (m_onChange) m_onChange(m_index);
}

void Stepper::click(sf::Vector2f p) {
    const sf::FloatRect v = valueArea();
    step(p.x < v.left + kArrowZone ? -1 : +1);
}

bool Stepper::key(const UiEvent& e) {
    if (e.isKey(sf::Keyboard::Left))
        step(-1);
    else if (e.isKey(sf::Keyboard::Right))
        step(+1);
    else
        return false;
    return true;
}

void Stepper::draw(sf::RenderTarget& target, bool focused) const {
    target.draw(
        roundedRect(rect, theme::corner, focused ? theme::yellow : theme::card, theme::ink, theme::outline));
    if (focused) drawFocusRing(target, rect);
    target.draw(m_label);
    const sf::FloatRect v = valueArea();
    target.draw(roundedRect(v, theme::corner - 6.f, theme::shade));
    const float cy = v.top + v.height / 2.f;
    target.draw(arrowHead({v.left + kArrowZone / 2.f, cy}, 26.f, -1, theme::ink));
    target.draw(arrowHead({v.left + v.width - kArrowZone / 2.f, cy}, 26.f, +1, theme::ink));
    target.draw(m_value);
}

} // namespace mobi
