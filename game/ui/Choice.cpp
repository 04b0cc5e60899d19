#include "ui/Choice.hpp"

#include "ui/Button.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

namespace mobi {

void drawTick(sf::RenderTarget& target, sf::Vector2f c, float r) {
    drawCircle(target, c, r, theme::ink);
    drawThickLine(target, {c.x - r * 0.45f, c.y}, {c.x - r * 0.1f, c.y + r * 0.4f}, r * 0.25f,
                  sf::Color::White);
    drawThickLine(target, {c.x - r * 0.1f, c.y + r * 0.4f}, {c.x + r * 0.5f, c.y - r * 0.4f}, r * 0.25f,
                  sf::Color::White);
}

ChoiceChip::ChoiceChip(const TextStyler& styler, const std::string& label, sf::FloatRect area, bool selected,
                       std::function<void()> onPick)
    : m_selected(selected), m_onPick(std::move(onPick)) {
    rect = area;
    TextSpec spec{theme::TextRole::Button, rect.width - 70.f, theme::ink, Align::Centre, true};
    spec.maxHeight = rect.height - 8.f;
    m_label.set(styler, label, spec);
    m_label.centreVertically(rect.left + 50.f, rect.top, rect.height);
}

void ChoiceChip::draw(sf::RenderTarget& target, bool focused) const {
    const sf::Color fill = !enabled     ? theme::disabled
                           : focused    ? theme::yellow
                           : m_selected ? sf::Color(0xC9, 0xEB, 0xDD)
                                        : theme::card;
    target.draw(roundedRect(rect, theme::corner, fill, theme::ink,
                            m_selected ? theme::outline * 1.75f : theme::outline));
    if (focused) drawFocusRing(target, rect);
    const sf::Vector2f mark{rect.left + 34.f, rect.top + rect.height / 2.f};
    if (!enabled) { // a padlock: this choice opens later
        drawCircle(target, {mark.x, mark.y - 7.f}, 9.f, sf::Color::Transparent, theme::ink, 4.f);
        target.draw(
            roundedRect({mark.x - 13.f, mark.y - 4.f, 26.f, 20.f}, 4.f, theme::orange, theme::ink, 3.f));
    } else if (m_selected) {
        drawTick(target, mark, 18.f);
    } else {
        drawCircle(target, mark, 16.f, sf::Color::Transparent, theme::ink, 3.f);
    }
    target.draw(m_label);
}

ColourSwatch::ColourSwatch(sf::Vector2f centre, float radius, sf::Color colour, bool selected,
                           std::function<void()> onPick)
    : m_centre(centre), m_radius(radius), m_colour(colour), m_selected(selected),
      m_onPick(std::move(onPick)) {
    rect = {centre.x - radius - 6.f, centre.y - radius - 6.f, 2.f * radius + 12.f, 2.f * radius + 12.f};
}

void ColourSwatch::draw(sf::RenderTarget& target, bool focused) const {
    drawCircle(target, m_centre, m_radius, m_colour, theme::ink, m_selected ? 7.f : theme::outline);
    if (focused)
        drawCircle(target, m_centre, m_radius + 10.f, sf::Color::Transparent, theme::focus, theme::focusRing);
    if (m_selected) drawTick(target, m_centre, m_radius * 0.55f);
}

} // namespace mobi
