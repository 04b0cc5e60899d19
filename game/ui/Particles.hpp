// SPDX-License-Identifier: GPL-3.0-or-later
// Bursts of confetti for a success: a few dozen small shapes that fly out,
// fall and fade in about a second. They have their own random numbers, so a
// burst never changes the level's simulation or its replays; a scene leaves
// them out in low detail. Drawn as one vertex array (one draw call).
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/System/Vector2.hpp>

#include <random>
#include <vector>

namespace mobi {

class Particles {
public:
    // `count` pieces from `at` (logical pixels), in the colours of the game's palette and `own`.
    void burst(sf::Vector2f at, int count, sf::Color own);
    void step(float seconds);
    void draw(sf::RenderTarget& target) const;
    bool alive() const { return !m_pieces.empty(); }
    std::size_t size() const { return m_pieces.size(); }

private:
    struct Piece {
        sf::Vector2f pos, vel;
        float life, spin, angle, size;
        sf::Color colour;
    };
    std::vector<Piece> m_pieces;
    std::mt19937 m_rng{2070u}; // its own: the level's Rng stays the simulation's alone
    mutable sf::VertexArray m_vertices{sf::Triangles};
};

} // namespace mobi
