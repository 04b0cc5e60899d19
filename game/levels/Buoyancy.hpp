// SPDX-License-Identifier: GPL-3.0-or-later
// Water that lifts what is lighter than it and slows what moves in it: a
// force on every dynamic body whose centre is in the zone's rectangle below
// its top (a 2-D body's "volume" is its area). Rules add their own currents.
#pragma once

#include "content/LevelData.hpp"
#include "core/PhysicsWorld.hpp"

namespace mobi {

struct Water {
    const ZoneData* zone = nullptr;
    float density = 1.f; // kg/m² (2-D): a body lighter than this floats
    float drag = 2.5f;   // 1/s
    float gravity = 9.8f;

    bool holds(b2Vec2 p) const;
    void push(PhysicsWorld& world) const;
};

} // namespace mobi
