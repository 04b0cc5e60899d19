// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Buoyancy.hpp"

#include <cmath>

namespace mobi {

bool Water::holds(b2Vec2 p) const {
    // Down to the bottom of whatever holds the water: only its surface and sides are the zone's.
    return zone && std::abs(p.x - zone->x) <= zone->w / 2.f && p.y <= zone->y + zone->h / 2.f;
}

void Water::push(PhysicsWorld& world) const {
    world.forEachBody([&](b2Body* b) {
        if (b->GetType() != b2_dynamicBody || !b->IsEnabled() || !holds(b->GetPosition())) return;
        const b2Fixture* f = b->GetFixtureList();
        if (!f || f->GetDensity() <= 0.f) return;
        const float area = b->GetMass() / f->GetDensity();
        b->ApplyForceToCenter(
            b2Vec2(0.f, gravity * density * area) - b->GetMass() * drag * b->GetLinearVelocity(), true);
    });
}

} // namespace mobi
