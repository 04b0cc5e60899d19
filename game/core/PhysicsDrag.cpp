// SPDX-License-Identifier: GPL-3.0-or-later
// PhysicsWorld: the player's hand on a body, through a mouse joint.
#include "core/PhysicsWorld.hpp"

#include <algorithm>

namespace mobi {

b2Body* PhysicsWorld::grabbableAt(b2Vec2 point) const {
    struct Query : b2QueryCallback {
        b2Vec2 point;
        b2Body* found = nullptr;
        bool ReportFixture(b2Fixture* f) override {
            b2Body* b = f->GetBody();
            // Sensors count: parts on a bench seen from above slide over each other.
            if (b->GetType() == b2_dynamicBody && b->IsEnabled() && info(b).grabbable &&
                f->TestPoint(point)) {
                found = b;
                return false;
            }
            return true;
        }
    } query;
    query.point = point;
    b2AABB box;
    box.lowerBound = point - b2Vec2(0.01f, 0.01f);
    box.upperBound = point + b2Vec2(0.01f, 0.01f);
    m_world->QueryAABB(&query, box);
    return query.found;
}

bool PhysicsWorld::grabAt(b2Vec2 point) {
    b2Body* b = grabbableAt(point);
    return b && grabBody(b, point);
}

bool PhysicsWorld::grabBody(b2Body* body, b2Vec2 point) {
    release();
    b2MouseJointDef def;
    def.bodyA = m_ground;
    def.bodyB = body;
    def.target = point;
    def.maxForce = 300.f * body->GetMass();
    b2LinearStiffness(def.stiffness, def.damping, 5.0f, 0.7f, def.bodyA, def.bodyB);
    m_mouse = static_cast<b2MouseJoint*>(m_world->CreateJoint(&def));
    m_grabbed = body;
    body->SetAwake(true);
    return true;
}

void PhysicsWorld::dragTo(b2Vec2 target, const b2AABB& keepInside) {
    if (!m_mouse || !m_grabbed) return;
    // Where the body would reach if the held point were at the target: it
    // must stay whole inside the area (never under the top band, never off
    // the screen), so the target stops short.
    b2AABB box;
    bool any = false;
    for (const b2Fixture* f = m_grabbed->GetFixtureList(); f; f = f->GetNext())
        for (int child = 0; child < f->GetShape()->GetChildCount(); ++child) {
            b2AABB part;
            f->GetShape()->ComputeAABB(&part, m_grabbed->GetTransform(), child);
            if (any)
                box.Combine(part);
            else
                box = part;
            any = true;
        }
    if (any) {
        const b2Vec2 held = m_mouse->GetAnchorB();
        const float below = held.y - box.lowerBound.y, above = box.upperBound.y - held.y;
        const float left = held.x - box.lowerBound.x, right = box.upperBound.x - held.x;
        if (below + above < keepInside.upperBound.y - keepInside.lowerBound.y)
            target.y = std::clamp(target.y, keepInside.lowerBound.y + below, keepInside.upperBound.y - above);
        if (left + right < keepInside.upperBound.x - keepInside.lowerBound.x)
            target.x = std::clamp(target.x, keepInside.lowerBound.x + left, keepInside.upperBound.x - right);
    }
    m_mouse->SetTarget(target);
}

void PhysicsWorld::release() {
    if (m_mouse) m_world->DestroyJoint(m_mouse);
    m_mouse = nullptr;
    m_grabbed = nullptr;
}

} // namespace mobi
