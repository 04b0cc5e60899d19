// SPDX-License-Identifier: GPL-3.0-or-later
// PhysicsWorld: bodies, zones and joints made from the level file, and
// bodies spawned from its templates.
#include "core/PhysicsWorld.hpp"

#include <cmath>

namespace mobi {
namespace {

constexpr float kDegToRad = 0.017453292f;

b2Vec2 rotate(b2Vec2 v, float angle) {
    const float c = std::cos(angle), s = std::sin(angle);
    return {c * v.x - s * v.y, s * v.x + c * v.y};
}

b2BodyType bodyType(BodyData::Type t) {
    return t == BodyData::Type::Dynamic     ? b2_dynamicBody
           : t == BodyData::Type::Kinematic ? b2_kinematicBody
                                            : b2_staticBody;
}

} // namespace

b2Fixture* PhysicsWorld::createFixture(b2Body* body, const ShapeData& s, float scale) {
    b2FixtureDef def;
    def.density = s.density;
    def.friction = s.friction;
    def.restitution = s.restitution;
    def.isSensor = s.sensor;
    const b2Vec2 offset(s.x * scale, s.y * scale);
    const float angle = s.angle * kDegToRad;
    b2PolygonShape polygon;
    b2CircleShape circle;
    switch (s.kind) {
    case ShapeData::Kind::Box:
        polygon.SetAsBox(s.w * scale / 2.f, s.h * scale / 2.f, offset, angle);
        def.shape = &polygon;
        break;
    case ShapeData::Kind::Circle:
        circle.m_p = offset;
        circle.m_radius = s.radius * scale;
        def.shape = &circle;
        break;
    case ShapeData::Kind::Polygon: {
        std::vector<b2Vec2> pts;
        for (const auto& p : s.points)
            pts.push_back(offset + rotate({p.x * scale, p.y * scale}, angle));
        polygon.Set(pts.data(), static_cast<int>(pts.size()));
        def.shape = &polygon;
        break;
    }
    case ShapeData::Kind::Chain: {
        // Box2D 2.4 chains collide on one side only (terrain seen from above);
        // the game's walls and funnels must stop things from both sides, so a
        // chain is made of two-sided edges, one fixture each.
        std::vector<b2Vec2> pts;
        for (const auto& p : s.points)
            pts.push_back(offset + rotate({p.x * scale, p.y * scale}, angle));
        if (s.loop) pts.push_back(pts.front());
        b2Fixture* first = nullptr;
        for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
            b2EdgeShape edge;
            edge.SetTwoSided(pts[i], pts[i + 1]);
            def.shape = &edge;
            b2Fixture* f = addFixture(body, def, s.tag);
            if (!first) first = f;
        }
        return first;
    }
    }
    return addFixture(body, def, s.tag);
}

b2Body* PhysicsWorld::createFromData(const BodyData& b, b2Vec2 position, float angle, float scale) {
    b2BodyDef def;
    def.type = bodyType(b.type);
    def.position = position;
    def.angle = angle;
    def.linearDamping = b.linearDamping;
    def.angularDamping = b.angularDamping;
    def.fixedRotation = b.fixedRotation;
    b2Body* body = createBody(def, BodyInfo{"", b.kind, 0, b.grabbable, b.style, b.phase});
    for (const ShapeData& s : b.shapes)
        createFixture(body, s, scale);
    return body;
}

b2Body* PhysicsWorld::spawn(const BodyData& t, b2Vec2 position, float angle, b2Vec2 velocity, float scale,
                            int variant) {
    b2Body* body = createFromData(t, position, angle, scale);
    info(body).variant = variant;
    body->SetLinearVelocity(velocity);
    return body;
}

void PhysicsWorld::createZone(const ZoneData& z) {
    b2BodyDef def;
    def.position.Set(z.x, z.y);
    b2Body* body = createBody(def, BodyInfo{z.name, "zone", 0, false, z.style, z.phase});
    b2PolygonShape box;
    box.SetAsBox(z.w / 2.f, z.h / 2.f);
    b2FixtureDef fixture;
    fixture.shape = &box;
    fixture.isSensor = true;
    addFixture(body, fixture, z.name);
}

void PhysicsWorld::build(const LevelData& level) {
    for (const BodyData& b : level.bodies) {
        b2Body* body = createFromData(b, {b.x, b.y}, b.angle * kDegToRad, 1.f);
        info(body).name = b.name;
        m_bodies[b.name] = body;
    }
    for (const ZoneData& z : level.zones)
        createZone(z);
    for (const JointData& j : level.joints) {
        b2Body* a = body(j.bodyA);
        b2Body* b = body(j.bodyB);
        if (!a || !b) continue; // reported by the loader
        const b2Vec2 anchor(j.x, j.y);
        b2Joint* joint = nullptr;
        if (j.kind == JointData::Kind::Revolute) {
            b2RevoluteJointDef def;
            def.Initialize(a, b, anchor);
            def.enableLimit = j.limit;
            def.lowerAngle = j.lower * kDegToRad;
            def.upperAngle = j.upper * kDegToRad;
            def.enableMotor = j.motor;
            def.motorSpeed = j.motorSpeed * kDegToRad;
            def.maxMotorTorque = j.maxMotor;
            joint = m_world->CreateJoint(&def);
        } else if (j.kind == JointData::Kind::Prismatic) {
            b2PrismaticJointDef def;
            b2Vec2 axis(j.axisX, j.axisY);
            axis.Normalize();
            def.Initialize(a, b, anchor, axis);
            def.enableLimit = j.limit;
            def.lowerTranslation = j.lower;
            def.upperTranslation = j.upper;
            def.enableMotor = j.motor;
            def.motorSpeed = j.motorSpeed;
            def.maxMotorForce = j.maxMotor;
            joint = m_world->CreateJoint(&def);
        } else {
            b2WeldJointDef def;
            def.Initialize(a, b, anchor);
            joint = m_world->CreateJoint(&def);
        }
        m_joints[j.name] = joint;
    }
}

} // namespace mobi
