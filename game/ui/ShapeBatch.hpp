// SPDX-License-Identifier: GPL-3.0-or-later
// Many filled shapes with dark outlines in one vertex array, drawn with one
// call: on software OpenGL a draw call per body costs far more than the
// triangles (ARCHITECTURE.md: 1000 bodies, 18 ms one by one, 7 ms batched).
// Outlines are the shape grown outwards and drawn first, in ink: a ring under an opaque
// fill, the whole grown shape under a see-through one.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <vector>

namespace mobi {

class ShapeBatch {
public:
    void clear() { m_triangles.clear(); }
    // A convex polygon given in screen pixels.
    void polygon(const std::vector<sf::Vector2f>& points, sf::Color fill,
                 sf::Color outline = sf::Color::Transparent, float outlinePixels = 0.f);
    void circle(sf::Vector2f centre, float radius, sf::Color fill, sf::Color outline = sf::Color::Transparent,
                float outlinePixels = 0.f, int segments = 14);
    // A regular polygon with `corners` corners (3: triangle, 4: diamond, 6: hexagon).
    void regular(sf::Vector2f centre, float radius, int corners, float angle, sf::Color fill,
                 sf::Color outline = sf::Color::Transparent, float outlinePixels = 0.f);
    // A band between two circles, `inner` to `outer` pixels from the centre: a halo
    // round a shape drawn over its middle, paid for only where it shows.
    void ring(sf::Vector2f centre, float inner, float outer, sf::Color colour, int segments = 16);
    // A straight stroke from `a` to `b`, `thickness` pixels wide, square ends.
    void line(sf::Vector2f a, sf::Vector2f b, float thickness, sf::Color colour);
    void draw(sf::RenderTarget& target) const;
    // Drawn with these states: sf::BlendNone for a batch of opaque colours only (software
    // OpenGL pays for every blended pixel; beware, its antialiased edges then go hard).
    void draw(sf::RenderTarget& target, const sf::RenderStates& states) const;
    std::size_t vertexCount() const { return m_triangles.size(); }

private:
    void fan(const std::vector<sf::Vector2f>& points, sf::Vector2f centre, sf::Color colour);
    std::vector<sf::Vertex> m_triangles;
};

} // namespace mobi
