// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Backdrop.hpp"

#include "core/Letterbox.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <cmath>

namespace mobi {

void drawBackdrop(sf::RenderTarget& target, bool lowDetail) {
    sf::RectangleShape paper({kLogicalWidth, kLogicalHeight});
    paper.setFillColor(theme::paper);
    target.draw(paper);
    if (lowDetail) return;
    // Two pale hills along the bottom, one vertex strip each.
    const sf::Color hills[2] = {sf::Color(0xDD, 0xEF, 0xD9), sf::Color(0xCB, 0xE6, 0xC7)};
    for (int layer = 0; layer < 2; ++layer) {
        sf::VertexArray strip(sf::TriangleStrip);
        const float base = kLogicalHeight - 70.f + 30.f * static_cast<float>(layer);
        for (int i = 0; i <= 32; ++i) {
            const float x = kLogicalWidth * static_cast<float>(i) / 32.f;
            const float y = base - 40.f * std::sin(x / 210.f + static_cast<float>(layer) * 2.1f);
            strip.append(sf::Vertex({x, y}, hills[layer]));
            strip.append(sf::Vertex({x, kLogicalHeight}, hills[layer]));
        }
        target.draw(strip);
    }
}

void drawHeaderBand(sf::RenderTarget& target, float height) {
    sf::RectangleShape band({kLogicalWidth, height});
    band.setFillColor(sf::Color(0xFF, 0xFF, 0xFF, 0xB0));
    target.draw(band);
    sf::RectangleShape rule({kLogicalWidth, theme::outline});
    rule.setPosition(0, height);
    rule.setFillColor(theme::ink);
    target.draw(rule);
}

} // namespace mobi
