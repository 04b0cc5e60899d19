// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Conveyor.hpp"

#include "core/FixedStep.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

b2Vec2 halfSize(const b2Body* body) {
    b2AABB box;
    body->GetFixtureList()->GetShape()->ComputeAABB(&box, b2Transform(b2Vec2_zero, b2Rot(0.f)), 0);
    return box.upperBound;
}

} // namespace

void Conveyor::queue(b2Body* body) {
    body->SetEnabled(false);
    m_waiting.push_back(body);
}

bool Conveyor::waiting(const b2Body* body) const {
    return std::find(m_waiting.begin(), m_waiting.end(), body) != m_waiting.end();
}

b2Body* Conveyor::feed(LevelContext& ctx) {
    m_gap = std::max(0.f, m_gap - static_cast<float>(kStepSeconds));
    if (m_waiting.empty() || m_gap > 0.f) return nullptr;
    b2Body* body = m_waiting.front();
    const b2Vec2 half = halfSize(body), at = m_setup.start + half + b2Vec2(0.f, 0.02f);
    // Only where the belt is clear: the last one has moved on far enough.
    for (const b2Body* other : ctx.world.bodiesOfKind(m_setup.kind)) {
        const b2Vec2 d = other->GetPosition() - at, reach = halfSize(other) + half;
        if (other->IsEnabled() && other->GetType() == b2_dynamicBody && std::abs(d.x) < reach.x + 0.3f &&
            std::abs(d.y) < reach.y)
            return nullptr;
    }
    m_waiting.pop_front();
    body->SetTransform(at, 0.f);
    body->SetLinearVelocity(b2Vec2_zero);
    body->SetEnabled(true);
    m_gap = m_setup.gapSeconds * ctx.rng.uniform(0.85f, 1.25f);
    return body;
}

void Conveyor::hash(StateHasher& h) const {
    for (const b2Body* b : m_waiting)
        h.add(PhysicsWorld::info(b).name);
    h.add(m_gap);
}

} // namespace mobi
