// SPDX-License-Identifier: GPL-3.0-or-later
// A deck that rocks, as a ship's does on the waves or a wagon's over gentle
// hills: a kinematic body (the level file's) turned to amplitude × sin(2πt /
// period) about where it stands, and heaving up and down a little, so that
// what stands on it must be kept from sliding off. Driven by velocities, so
// what rides it is carried along as on a real deck. `calm` (0..1) scales the
// motion down: 0 holds the deck level, for a child who gets queasy (Le Grand
// Voyage's "less motion" and low detail).
#pragma once

#include "levels/LevelRules.hpp"

#include <string>

namespace mobi {

class RockingDeck {
public:
    struct Setup {
        std::string body;             // a kinematic body of the level file
        float amplitudeDegrees = 5.f; // how far it tilts either way
        float periodSeconds = 4.f;    // one rock, there and back
        float heave = 0.f;            // metres up and down, at half the rocking's pace
        // Every `swellEvery`-th rock is a big wave that tilts it to
        // `swellDegrees`, rising and falling smoothly within that rock (0: none).
        int swellEvery = 0;
        float swellDegrees = 0.f;
    };
    explicit RockingDeck(Setup setup) : m_setup(std::move(setup)) {}

    // Call every step, before the physics step.
    void step(LevelContext& ctx, float calm = 1.f);
    float angleDegrees() const { return m_angle; } // where it is heading now
    // How far into a big wave, 0..1, or -1 between them; and the seconds to
    // the next one (0 during one), so a view can show it coming.
    float swellPhase() const;
    float nextSwellIn() const;
    void hash(StateHasher& h) const;

private:
    float seconds() const;
    float amplitude() const; // this moment's, in degrees: the swell's within a big wave
    Setup m_setup;
    int m_steps = 0;
    bool m_started = false;
    b2Vec2 m_home{0.f, 0.f};
    float m_angle = 0.f;
};

} // namespace mobi
