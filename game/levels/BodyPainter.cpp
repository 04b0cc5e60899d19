// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/BodyPainter.hpp"

#include "levels/LevelSim.hpp"
#include "ui/Shapes.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {

sf::Color BodyPainter::colour(std::uint32_t c) {
    return {static_cast<sf::Uint8>(c >> 24), static_cast<sf::Uint8>(c >> 16), static_cast<sf::Uint8>(c >> 8),
            static_cast<sf::Uint8>(c)};
}

void BodyPainter::body(const b2Body* b, const StyleData& style, const Camera& camera) const {
    const sf::Color fill = colour(style.fill), outline = colour(style.outline);
    if ((style.halo & 0xFFu) != 0 && style.haloWidth > 0.f) {
        // A round halo around the whole body, from its centre to its farthest point.
        b2AABB box;
        box.lowerBound = box.upperBound = b->GetPosition();
        for (const b2Fixture* f = b->GetFixtureList(); f; f = f->GetNext()) {
            b2AABB part; // the shape's own box (the broad phase's is padded)
            f->GetShape()->ComputeAABB(&part, b->GetTransform(), 0);
            box.Combine(part);
        }
        const b2Vec2 c = box.GetCenter(), e = box.GetExtents();
        m_halos.circle(camera.toScreen(c.x, c.y), camera.toPixels(std::max(e.x, e.y)) + style.haloWidth,
                       colour(style.halo), sf::Color::Transparent, 0.f, 12);
    }
    for (const b2Fixture* f = b->GetFixtureList(); f; f = f->GetNext()) {
        switch (f->GetType()) {
        case b2Shape::e_polygon: {
            const auto* shape = static_cast<const b2PolygonShape*>(f->GetShape());
            std::vector<sf::Vector2f> pts;
            for (int i = 0; i < shape->m_count; ++i) {
                const b2Vec2 p = b->GetWorldPoint(shape->m_vertices[i]);
                pts.push_back(camera.toScreen(p.x, p.y));
            }
            m_batch.polygon(pts, fill, outline, style.outlineWidth);
            break;
        }
        case b2Shape::e_circle: {
            const auto* shape = static_cast<const b2CircleShape*>(f->GetShape());
            const b2Vec2 c = b->GetWorldPoint(shape->m_p);
            const float r = camera.toPixels(shape->m_radius);
            if (style.sides >= 3) // a nugget drawn by its shape: colour is never the only cue
                m_batch.regular(camera.toScreen(c.x, c.y), r * 1.15f, style.sides,
                                style.sides == 3 ? -1.5708f : b->GetAngle(), fill, outline,
                                style.outlineWidth);
            else
                m_batch.circle(camera.toScreen(c.x, c.y), r, fill, outline, style.outlineWidth, 12);
            break;
        }
        case b2Shape::e_edge: {
            const auto* e = static_cast<const b2EdgeShape*>(f->GetShape());
            const b2Vec2 p1 = b->GetWorldPoint(e->m_vertex1), p2 = b->GetWorldPoint(e->m_vertex2);
            m_lines.push_back({camera.toScreen(p1.x, p1.y), camera.toScreen(p2.x, p2.y)});
            break;
        }
        default:
            break;
        }
    }
}

void BodyPainter::draw(sf::RenderTarget& target, const LevelSim& sim, const Camera& camera,
                       const Filter& which) const {
    m_batch.clear();
    m_halos.clear();
    // Chains first, under the bodies, each style's in one pass of thick lines.
    std::map<const StyleData*, std::vector<std::pair<sf::Vector2f, sf::Vector2f>>> chains;
    sim.world().forEachBody([&](const b2Body* b) {
        const BodyInfo& info = PhysicsWorld::info(b);
        if (info.style.empty() || !b->IsEnabled() || sim.world().isDoomed(b) || (which && !which(b))) return;
        const StyleData* style = sim.data().style(info.style);
        if (!style) return;
        m_lines.clear();
        body(b, *style, camera);
        if (!m_lines.empty()) chains[style].insert(chains[style].end(), m_lines.begin(), m_lines.end());
    });
    // Thick lines as quads with round joints, all of them in one batch: a
    // line drawn on its own costs three draw calls, and a tank has dozens.
    m_chains.clear();
    auto thick = [this](sf::Vector2f a, sf::Vector2f b, float width, sf::Color c) {
        const sf::Vector2f d = b - a;
        const float len = std::sqrt(d.x * d.x + d.y * d.y);
        if (len > 0.f) {
            const sf::Vector2f n{-d.y / len * width / 2.f, d.x / len * width / 2.f};
            m_chains.polygon({a + n, b + n, b - n, a - n}, c);
        }
        m_chains.circle(a, width / 2.f, c, sf::Color::Transparent, 0.f, 8);
        m_chains.circle(b, width / 2.f, c, sf::Color::Transparent, 0.f, 8);
    };
    for (const auto& [style, lines] : chains) {
        for (const auto& [a, b] : lines)
            thick(a, b, style->outlineWidth, colour(style->outline));
        for (const auto& [a, b] : lines)
            thick(a, b, style->outlineWidth * 0.5f, colour(style->fill));
    }
    m_chains.draw(target);
    m_halos.draw(target);
    m_batch.draw(target);
}

} // namespace mobi
