// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Choice.hpp"

#include "ui/Button.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <algorithm>

namespace mobi {

void drawTick(sf::RenderTarget& target, sf::Vector2f c, float r) {
    drawCircle(target, c, r, theme::ink);
    drawThickLine(target, {c.x - r * 0.45f, c.y}, {c.x - r * 0.1f, c.y + r * 0.4f}, r * 0.25f,
                  sf::Color::White);
    drawThickLine(target, {c.x - r * 0.1f, c.y + r * 0.4f}, {c.x + r * 0.5f, c.y - r * 0.4f}, r * 0.25f,
                  sf::Color::White);
}

namespace {
constexpr float kLabelLeft = 64.f;
constexpr float kMarkX = 34.f, kMarkRadius = 18.f;
constexpr float kPicture = 50.f; // a picture's square, at the chip's right end

TextSpec chipLabel(sf::Vector2f size, float scale, bool picture = false) {
    // Right of the mark (which ends 52 px in) with a clear gap, and a margin on
    // the right (or the picture there).
    TextSpec spec{theme::TextRole::Button, size.x - kLabelLeft - 14.f - (picture ? kPicture + 10.f : 0.f),
                  theme::ink, Align::Centre, true};
    spec.maxHeight = size.y - 8.f;
    spec.scale = scale;
    return spec;
}
} // namespace

float ChoiceChip::commonScale(const TextStyler& styler, const std::vector<std::string>& labels,
                              sf::Vector2f size) {
    std::vector<TextBlock> blocks(labels.size());
    std::vector<TextSetting> settings;
    for (std::size_t i = 0; i < labels.size(); ++i)
        settings.push_back({&blocks[i], labels[i], chipLabel(size, 1.f)});
    setAtOneSize(styler, settings);
    float scale = 1.f;
    for (const TextBlock& b : blocks)
        scale = std::min(scale, b.fittedScale());
    return scale;
}

ChoiceChip::ChoiceChip(const TextStyler& styler, const std::string& label, sf::FloatRect area, bool selected,
                       std::function<void()> onPick, float textScale, ChoicePicture picture)
    : m_picture(std::move(picture)), m_selected(selected), m_onPick(std::move(onPick)) {
    rect = area;
    m_label.set(styler, label, chipLabel({rect.width, rect.height}, textScale, static_cast<bool>(m_picture)));
    m_label.centreVertically(rect.left + kLabelLeft, rect.top, rect.height);
}

float ChoiceChip::labelLeft() { return kLabelLeft; }

void ChoiceChip::setDetail(const TextBlock* detail, float labelBand) {
    m_detail = detail;
    m_label.centreVertically(rect.left + kLabelLeft, rect.top, labelBand);
    m_markY = rect.top + labelBand / 2.f;
}

void ChoiceChip::draw(sf::RenderTarget& target, bool focused) const {
    const sf::Color fill = !enabled     ? theme::disabled
                           : focused    ? theme::yellow
                           : m_selected ? sf::Color(0xC9, 0xEB, 0xDD)
                                        : theme::card;
    target.draw(roundedRect(rect, theme::corner, fill, theme::ink,
                            m_selected ? theme::outline * 1.75f : theme::outline));
    if (focused) drawFocusRing(target, rect);
    const sf::Vector2f mark{rect.left + kMarkX, m_detail ? m_markY : rect.top + rect.height / 2.f};
    // With a margin: a label crowding the mark is reported, not only one touching it.
    probeFigure(
        target,
        {mark.x - kMarkRadius - 6.f, mark.y - kMarkRadius, 2.f * kMarkRadius + 12.f, 2.f * kMarkRadius},
        "chip mark");
    if (!enabled) { // a padlock: this choice opens later
        drawCircle(target, {mark.x, mark.y - 7.f}, 9.f, sf::Color::Transparent, theme::ink, 4.f);
        target.draw(
            roundedRect({mark.x - 13.f, mark.y - 4.f, 26.f, 20.f}, 4.f, theme::orange, theme::ink, 3.f));
    } else if (m_selected) {
        drawTick(target, mark, kMarkRadius);
    } else {
        drawCircle(target, mark, 16.f, sf::Color::Transparent, theme::ink, 3.f);
    }
    target.draw(m_label);
    if (m_picture) {
        const sf::FloatRect square{rect.left + rect.width - kPicture - 14.f, mark.y - kPicture / 2.f,
                                   kPicture, kPicture};
        m_picture(target, square);
        probeFigure(target, square, "chip picture");
    }
    if (m_detail) target.draw(*m_detail);
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
