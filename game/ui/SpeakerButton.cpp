// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SpeakerButton.hpp"

#include "ui/LayoutProbe.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>

namespace mobi {

void drawSpeakerButton(sf::RenderTarget& target, sf::Vector2f centre, bool speaking) {
    const float r = kSpeakerRadius;
    probeFigure(target, {centre.x - r, centre.y - r, 2 * r, 2 * r}, "speaker button");
    sf::CircleShape disc(r);
    disc.setOrigin(r, r);
    disc.setPosition(centre);
    disc.setFillColor(speaking ? theme::yellow : theme::card);
    disc.setOutlineColor(theme::ink);
    disc.setOutlineThickness(3.f);
    target.draw(disc);

    // The loudspeaker: a box and its cone, pointing right.
    const float s = r / 28.f;
    sf::RectangleShape box({7.f * s, 12.f * s});
    box.setPosition(centre.x - 13.f * s, centre.y - 6.f * s);
    box.setFillColor(theme::ink);
    target.draw(box);
    sf::ConvexShape cone(4);
    cone.setPoint(0, {centre.x - 7.f * s, centre.y - 6.f * s});
    cone.setPoint(1, {centre.x + 3.f * s, centre.y - 14.f * s});
    cone.setPoint(2, {centre.x + 3.f * s, centre.y + 14.f * s});
    cone.setPoint(3, {centre.x - 7.f * s, centre.y + 6.f * s});
    cone.setFillColor(theme::ink);
    target.draw(cone);
    // Two sound waves: arcs made of short bars (drawn always; thicker while speaking).
    const float thickness = (speaking ? 3.5f : 2.5f) * s;
    for (int wave = 0; wave < 2; ++wave) {
        const float radius = (8.f + 7.f * static_cast<float>(wave)) * s;
        constexpr int kBars = 7;
        for (int i = 0; i < kBars; ++i) {
            const float a = -0.8f + 1.6f * static_cast<float>(i) / (kBars - 1);
            sf::RectangleShape bar({thickness, radius * 0.32f});
            bar.setOrigin(thickness / 2.f, radius * 0.16f);
            bar.setPosition(centre.x + 4.f * s + radius * std::cos(a), centre.y + radius * std::sin(a));
            bar.setRotation(a * 180.f / 3.14159265f);
            bar.setFillColor(theme::ink);
            target.draw(bar);
        }
    }
}

bool onSpeakerButton(sf::Vector2f centre, sf::Vector2f point) {
    const float dx = point.x - centre.x, dy = point.y - centre.y;
    const float reach = kSpeakerRadius + 4.f; // a little forgiving for small fingers
    return dx * dx + dy * dy <= reach * reach;
}

void drawLitWord(sf::RenderTarget& target, const sf::FloatRect& word) {
    const float pad = 3.f;
    sf::RectangleShape marker({word.width + 2 * pad, word.height});
    marker.setPosition(word.left - pad, word.top);
    // Pale sky blue: it shows on white cards, on green ones and on the yellow
    // hint bubbles alike. Opaque: the word is drawn again over it, in its own ink.
    marker.setFillColor(sf::Color(0xBF, 0xE3, 0xF8));
    target.draw(marker);
    sf::RectangleShape line({word.width + 2 * pad, 4.f});
    line.setPosition(word.left - pad, word.top + word.height - 4.f);
    line.setFillColor(theme::vermillion);
    target.draw(line);
}

} // namespace mobi
