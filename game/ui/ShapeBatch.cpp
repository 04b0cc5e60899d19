// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShapeBatch.hpp"

#include <cmath>

namespace mobi {

void ShapeBatch::fan(const std::vector<sf::Vector2f>& pts, sf::Vector2f centre, sf::Color colour) {
    for (std::size_t i = 0; i < pts.size(); ++i) {
        m_triangles.emplace_back(centre, colour);
        m_triangles.emplace_back(pts[i], colour);
        m_triangles.emplace_back(pts[(i + 1) % pts.size()], colour);
    }
}

void ShapeBatch::polygon(const std::vector<sf::Vector2f>& pts, sf::Color fill, sf::Color outline,
                         float outlinePixels) {
    if (pts.size() < 3) return;
    sf::Vector2f centre;
    for (const auto& p : pts)
        centre += p;
    centre /= static_cast<float>(pts.size());
    if (outlinePixels > 0.f && outline.a > 0) {
        std::vector<sf::Vector2f> grown;
        for (const auto& p : pts) {
            sf::Vector2f d = p - centre;
            const float len = std::sqrt(d.x * d.x + d.y * d.y);
            grown.push_back(len > 0.001f ? p + d * (outlinePixels / len) : p);
        }
        if (fill.a == 255) {
            // Under an opaque fill only the ring shows: drawing just the ring spares software
            // OpenGL the whole shape's area once more (a ball's outline cost as much as the ball).
            for (std::size_t i = 0; i < pts.size(); ++i) {
                const std::size_t j = (i + 1) % pts.size();
                for (const sf::Vector2f& v : {pts[i], grown[i], grown[j], pts[i], grown[j], pts[j]})
                    m_triangles.emplace_back(v, outline);
            }
        } else {
            fan(grown, centre, outline); // a see-through fill shows the outline's colour under it
        }
    }
    fan(pts, centre, fill);
}

void ShapeBatch::ring(sf::Vector2f c, float inner, float outer, sf::Color colour, int segments) {
    for (int i = 0; i < segments; ++i) {
        const float a0 = 6.2831853f * static_cast<float>(i) / static_cast<float>(segments);
        const float a1 = 6.2831853f * static_cast<float>(i + 1) / static_cast<float>(segments);
        const sf::Vector2f d0{std::cos(a0), std::sin(a0)}, d1{std::cos(a1), std::sin(a1)};
        for (const sf::Vector2f& v :
             {c + d0 * inner, c + d0 * outer, c + d1 * outer, c + d0 * inner, c + d1 * outer, c + d1 * inner})
            m_triangles.emplace_back(v, colour);
    }
}

void ShapeBatch::line(sf::Vector2f a, sf::Vector2f b, float thickness, sf::Color colour) {
    const sf::Vector2f d = b - a;
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len <= 0.f) return;
    const sf::Vector2f n{-d.y / len * thickness / 2.f, d.x / len * thickness / 2.f};
    polygon({a + n, b + n, b - n, a - n}, colour);
}

void ShapeBatch::regular(sf::Vector2f c, float r, int corners, float angle, sf::Color fill, sf::Color outline,
                         float outlinePixels) {
    std::vector<sf::Vector2f> pts;
    for (int i = 0; i < corners; ++i) {
        const float a = angle + 6.2831853f * static_cast<float>(i) / static_cast<float>(corners);
        pts.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
    }
    polygon(pts, fill, outline, outlinePixels);
}

void ShapeBatch::circle(sf::Vector2f c, float r, sf::Color fill, sf::Color outline, float outlinePixels,
                        int segments) {
    regular(c, r, segments, 0.f, fill, outline, outlinePixels);
}

void ShapeBatch::draw(sf::RenderTarget& target) const {
    if (!m_triangles.empty()) target.draw(m_triangles.data(), m_triangles.size(), sf::Triangles);
}

void ShapeBatch::draw(sf::RenderTarget& target, const sf::RenderStates& states) const {
    if (!m_triangles.empty()) target.draw(m_triangles.data(), m_triangles.size(), sf::Triangles, states);
}

} // namespace mobi
