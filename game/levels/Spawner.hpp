// SPDX-License-Identifier: GPL-3.0-or-later
// Things that keep coming: a timer that fires every `interval` seconds
// (unless the level holds it back, e.g. while the sieve is full), and a
// spawn at a random point of a zone, with a random spin and a push. What
// comes (which template) is the rules' choice; where and when is this.
#pragma once

#include "core/StateHash.hpp"
#include "levels/LevelRules.hpp"

#include <string>

namespace mobi {

class Spawner {
public:
    struct Setup {
        std::string zone;     // where things appear: a random point of its rectangle
        float interval = 1.f; // seconds between two
        float firstDelay = 0.5f;
        float pushX = 0.f, pushY = 0.f; // m/s: x spread either way, y as given
        bool randomAngle = true;
    };
    explicit Spawner(Setup setup) : m_setup(std::move(setup)), m_timer(m_setup.firstDelay) {}

    // One step; true when something is due now. `held`: the level holds it back.
    bool due(bool held);
    // A body from the level's template, at a random point of the zone.
    b2Body* spawn(LevelContext& ctx, const std::string& templateName, float scale = 1.f,
                  int variant = 0) const;
    void setInterval(float seconds) { m_setup.interval = seconds; }
    void hash(StateHasher& h) const { h.add(m_timer); }

private:
    Setup m_setup;
    float m_timer;
};

} // namespace mobi
