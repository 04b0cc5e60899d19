// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeoFigure.hpp"

#include "ui/ShapeBatch.hpp"
#include "ui/Theme.hpp"

namespace mobi {

void drawLeo(sf::RenderTarget& target, sf::Vector2f feet, float height, float wave) {
    const float u = height / 10.f; // the figure is 10 units tall
    const auto at = [&](float x, float y) { return sf::Vector2f{feet.x + x * u, feet.y - y * u}; };
    const sf::Color skin(0xC6, 0x8A, 0x5E), hair(0x3A, 0x2A, 0x20), shirt(theme::bluishGreen),
        trousers(0x45, 0x4B, 0x57);
    ShapeBatch b;
    // Legs, then the T-shirt, then the arms: up in a V when glad, down otherwise.
    b.line(at(-0.7f, 0.f), at(-0.6f, 3.2f), 1.1f * u, trousers);
    b.line(at(0.7f, 0.f), at(0.6f, 3.2f), 1.1f * u, trousers);
    b.polygon({at(-1.6f, 3.f), at(1.6f, 3.f), at(1.8f, 6.4f), at(-1.8f, 6.4f)}, shirt, theme::ink, 2.f);
    for (float side : {-1.f, 1.f}) {
        const sf::Vector2f shoulder = at(side * 1.6f, 6.f);
        const sf::Vector2f hand = at(side * (2.6f + 0.4f * wave), 6.f + 2.6f * wave - 2.4f * (1.f - wave));
        b.line(shoulder, hand, 0.8f * u, skin);
        b.circle(hand, 0.55f * u, skin, theme::ink, 2.f);
    }
    // The head with its hair and a smile.
    b.circle(at(0.f, 8.1f), 1.75f * u, skin, theme::ink, 2.f);
    b.polygon(
        {at(-1.8f, 8.4f), at(-1.2f, 9.7f), at(0.f, 10.f), at(1.2f, 9.7f), at(1.8f, 8.4f), at(0.f, 9.0f)},
        hair);
    b.circle(at(-0.6f, 8.2f), 0.22f * u, theme::ink);
    b.circle(at(0.6f, 8.2f), 0.22f * u, theme::ink);
    b.line(at(-0.6f, 7.4f), at(0.f, 7.15f), 0.2f * u, theme::ink);
    b.line(at(0.f, 7.15f), at(0.6f, 7.4f), 0.2f * u, theme::ink);
    b.draw(target);
}

} // namespace mobi
