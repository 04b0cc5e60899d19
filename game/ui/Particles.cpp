// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Particles.hpp"

#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

constexpr float kGravity = 900.f;  // pixels/s²: they fall as paper does, quickly
constexpr float kLife = 1.1f;      // seconds
constexpr std::size_t kMost = 400; // a cap, however many successes come at once

} // namespace

void Particles::burst(sf::Vector2f at, int count, sf::Color own) {
    const sf::Color palette[] = {theme::yellow, theme::bluishGreen, theme::orange, theme::skyBlue, own};
    std::uniform_real_distribution<float> unit(0.f, 1.f);
    for (int i = 0; i < count && m_pieces.size() < kMost; ++i) {
        const float a = unit(m_rng) * 6.2832f, speed = 180.f + 320.f * unit(m_rng);
        m_pieces.push_back({at,
                            {std::cos(a) * speed, std::sin(a) * speed - 260.f},
                            kLife * (0.7f + 0.3f * unit(m_rng)),
                            (unit(m_rng) - 0.5f) * 14.f,
                            a,
                            7.f + 6.f * unit(m_rng), // big enough to be seen from the back of a room
                            palette[static_cast<std::size_t>(unit(m_rng) * 4.999f)]});
    }
}

void Particles::step(float seconds) {
    for (Piece& p : m_pieces) {
        p.vel.y += kGravity * seconds;
        p.vel *= 1.f - 1.5f * seconds; // air
        p.pos += p.vel * seconds;
        p.angle += p.spin * seconds;
        p.life -= seconds;
    }
    m_pieces.erase(
        std::remove_if(m_pieces.begin(), m_pieces.end(), [](const Piece& p) { return p.life <= 0.f; }),
        m_pieces.end());
}

void Particles::draw(sf::RenderTarget& target) const {
    if (m_pieces.empty()) return;
    m_vertices.clear();
    for (const Piece& p : m_pieces) {
        sf::Color c = p.colour;
        c.a = static_cast<sf::Uint8>(255.f * std::clamp(p.life / 0.4f, 0.f, 1.f)); // fades at the end
        // A small square turning: two triangles.
        const float s = p.size / 2.f, ca = std::cos(p.angle) * s, sa = std::sin(p.angle) * s;
        const sf::Vector2f a{p.pos.x - ca + sa, p.pos.y - sa - ca}, b{p.pos.x + ca + sa, p.pos.y + sa - ca},
            d{p.pos.x - ca - sa, p.pos.y - sa + ca}, e{p.pos.x + ca - sa, p.pos.y + sa + ca};
        for (const sf::Vector2f& v : {a, b, e, a, e, d})
            m_vertices.append({v, c});
    }
    target.draw(m_vertices);
}

} // namespace mobi
