// SPDX-License-Identifier: GPL-3.0-or-later
// A conveyor belt that nothing falls off for good: the fixtures tagged
// `tag` carry what lies on them (PhysicsWorld's surface speed); things wait
// their turn off the belt (disabled) and are put on its left end one at a
// time, once the last one has moved on and a gap has passed (a little random:
// a belt, not a metronome); what falls off is taken back and comes round
// again. L'Usine's parts ride one; a level's crates or parcels could too.
#pragma once

#include "levels/LevelRules.hpp"

#include <deque>
#include <string>

namespace mobi {

class Conveyor {
public:
    struct Setup {
        std::string tag;   // the belt's fixtures
        float speed = 1.f; // m/s, positive to the right
        b2Vec2 start;      // where a body's bottom-left corner goes on the belt
        float gapSeconds = 1.f;
        std::string kind; // the bodies it carries: the start must be clear of them
    };
    explicit Conveyor(Setup setup) : m_setup(std::move(setup)) {}

    void start(LevelContext& ctx) const { ctx.world.setSurfaceSpeed(m_setup.tag, m_setup.speed); }
    // Off the belt until its turn comes, after those already waiting. The
    // belt keeps the pointer: a body it holds must not be destroyed.
    void queue(b2Body* body);
    // Call every step: the body put on the belt now, or null.
    b2Body* feed(LevelContext& ctx);
    bool waiting(const b2Body* body) const;
    float speed() const { return m_setup.speed; }
    void hash(StateHasher& h) const;

private:
    Setup m_setup;
    std::deque<b2Body*> m_waiting;
    float m_gap = 0.f;
};

} // namespace mobi
