// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Scenery.hpp"

#include "ui/LayoutProbe.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace mobi::scenery {

void farRange(sf::RenderTarget& target, float left, float right, float baseY, float height,
              sf::Color colour) {
    // Peaks at fixed fractions of the width: the same range every frame and on every machine.
    const float peaks[] = {0.f, 0.55f, 0.2f, 0.8f, 0.35f, 1.f, 0.45f, 0.7f, 0.15f, 0.6f, 0.f};
    const int n = sizeof peaks / sizeof peaks[0];
    const float step = (right - left) / static_cast<float>(n - 1);
    // One vertex array, opaque and unblended: software OpenGL pays per pixel, and this is a wide shape.
    sf::VertexArray range(sf::Triangles);
    for (int i = 0; i + 1 < n; ++i) {
        const float x0 = left + step * static_cast<float>(i), x1 = x0 + step;
        const sf::Vector2f a{x0, baseY}, b{x0, baseY - height * peaks[i]},
            c{x1, baseY - height * peaks[i + 1]}, d{x1, baseY};
        for (const sf::Vector2f& v : {a, b, c, a, c, d})
            range.append({v, colour});
    }
    target.draw(range, sf::BlendNone);
    probeScenery(target, {left, baseY - height, right - left, height}, "far range");
}

void headframe(sf::RenderTarget& target, sf::Vector2f foot, float height, sf::Color colour) {
    const float w = height * 0.45f, line = std::max(3.f, height * 0.05f);
    const sf::Vector2f top{foot.x, foot.y - height};
    // Its beams as quads in one batch (a thick line apiece would be three draws).
    ShapeBatch beams;
    auto beam = [&](sf::Vector2f a, sf::Vector2f b, float thick) {
        sf::Vector2f d = b - a;
        const float len = std::sqrt(d.x * d.x + d.y * d.y);
        if (len <= 0.f) return;
        const sf::Vector2f n{-d.y / len * thick / 2.f, d.x / len * thick / 2.f};
        beams.polygon({a + n, b + n, b - n, a - n}, colour);
    };
    beam({foot.x - w / 2.f, foot.y}, top, line);
    beam({foot.x + w / 2.f, foot.y}, top, line);
    beam({foot.x - w / 3.f, foot.y - height * 0.35f}, {foot.x + w / 3.f, foot.y - height * 0.35f},
         line * 0.8f);
    beam({foot.x - w / 2.f, foot.y}, {foot.x + w / 4.f, foot.y - height * 0.6f}, line * 0.7f);
    beam(top, {foot.x + height * 0.14f, foot.y}, line * 0.5f); // the cable down the shaft
    beams.draw(target);
    drawCircle(target, top, height * 0.14f, sf::Color::Transparent, colour, line); // the wheel
    probeScenery(target, {foot.x - w / 2.f, top.y - height * 0.14f, w, height * 1.14f}, "headframe");
}

void hallWindow(sf::RenderTarget& target, const sf::FloatRect& rect) {
    target.draw(roundedRect(rect, 6.f, sf::Color(0xDD, 0xEE, 0xF6), sf::Color(0x9A, 0x9A, 0xA6), 6.f));
    ShapeBatch bars; // the glazing bars, in one draw
    for (int i = 1; i < 3; ++i) {
        const float x = rect.left + rect.width * static_cast<float>(i) / 3.f;
        bars.line({x, rect.top}, {x, rect.top + rect.height}, 4.f, sf::Color(0x9A, 0x9A, 0xA6));
    }
    for (int i = 1; i < 4; ++i) {
        const float y = rect.top + rect.height * static_cast<float>(i) / 4.f;
        bars.line({rect.left, y}, {rect.left + rect.width, y}, 4.f, sf::Color(0x9A, 0x9A, 0xA6));
    }
    bars.draw(target);
    probeScenery(target, rect, "window");
}

void screwdriver(sf::RenderTarget& target, sf::Vector2f tip, float length) {
    const float shaft = length * 0.55f, thick = length * 0.09f;
    drawThickLine(target, tip, {tip.x + shaft, tip.y}, thick * 0.5f, sf::Color(0x9A, 0x9A, 0xA6));
    target.draw(roundedRect({tip.x + shaft, tip.y - thick, length - shaft, thick * 2.f}, thick, theme::orange,
                            theme::ink, 3.f));
    probeScenery(target, {tip.x, tip.y - thick, length, thick * 2.f}, "screwdriver");
}

} // namespace mobi::scenery
