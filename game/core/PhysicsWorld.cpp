#include "core/PhysicsWorld.hpp"

#include "core/FixedStep.hpp"

#include <algorithm>

namespace mobi {
namespace {

constexpr int kVelocityIterations = 8;
constexpr int kPositionIterations = 3;
constexpr float kDegToRad = 0.017453292f;
const std::string kNoTag;

b2Vec2 rotate(b2Vec2 v, float angle) {
    const float c = std::cos(angle), s = std::sin(angle);
    return {c * v.x - s * v.y, s * v.x + c * v.y};
}

} // namespace

class PhysicsWorld::ContactQueue : public b2ContactListener {
public:
    void BeginContact(b2Contact* contact) override {
        events.push_back({contact->GetFixtureA(), contact->GetFixtureB()});
    }
    std::vector<ContactEvent> events;
};

PhysicsWorld::PhysicsWorld(float gravityY)
    : m_world(std::make_unique<b2World>(b2Vec2(0.f, gravityY))),
      m_contacts(std::make_unique<ContactQueue>()) {
    m_world->SetContactListener(m_contacts.get());
    b2BodyDef def;
    m_ground = createBody(def, BodyInfo{"(ground)", 0, 0, false});
}

PhysicsWorld::~PhysicsWorld() {
    for (b2Body* b = m_world->GetBodyList(); b; b = b->GetNext())
        delete &info(b);
}

BodyInfo& PhysicsWorld::info(b2Body* body) {
    return *reinterpret_cast<BodyInfo*>(body->GetUserData().pointer);
}
const BodyInfo& PhysicsWorld::info(const b2Body* body) {
    // Box2D 2.4 has no const GetUserData(); reading it changes nothing.
    return *reinterpret_cast<const BodyInfo*>(const_cast<b2Body*>(body)->GetUserData().pointer);
}

const std::string& PhysicsWorld::tag(const b2Fixture* fixture) {
    const auto* t =
        reinterpret_cast<const std::string*>(const_cast<b2Fixture*>(fixture)->GetUserData().pointer);
    return t ? *t : kNoTag;
}

const std::string* PhysicsWorld::intern(const std::string& tag) {
    if (tag.empty()) return nullptr;
    for (const auto& t : m_tags)
        if (t == tag) return &t;
    m_tags.push_back(tag);
    return &m_tags.back();
}

b2Body* PhysicsWorld::createBody(const b2BodyDef& def, const BodyInfo& info) {
    b2BodyDef d = def;
    d.userData.pointer = reinterpret_cast<uintptr_t>(new BodyInfo(info));
    b2Body* body = m_world->CreateBody(&d);
    if (!info.name.empty()) m_bodies[info.name] = body;
    return body;
}

b2Fixture* PhysicsWorld::addFixture(b2Body* body, const b2FixtureDef& def, const std::string& tag) {
    b2FixtureDef d = def;
    d.userData.pointer = reinterpret_cast<uintptr_t>(intern(tag));
    return body->CreateFixture(&d);
}

b2Fixture* PhysicsWorld::createFixture(b2Body* body, const ShapeData& s) {
    b2FixtureDef def;
    def.density = s.density;
    def.friction = s.friction;
    def.restitution = s.restitution;
    def.isSensor = s.sensor;
    const b2Vec2 offset(s.x, s.y);
    const float angle = s.angle * kDegToRad;
    b2PolygonShape polygon;
    b2CircleShape circle;
    switch (s.kind) {
    case ShapeData::Kind::Box:
        polygon.SetAsBox(s.w / 2.f, s.h / 2.f, offset, angle);
        def.shape = &polygon;
        break;
    case ShapeData::Kind::Circle:
        circle.m_p = offset;
        circle.m_radius = s.radius;
        def.shape = &circle;
        break;
    case ShapeData::Kind::Polygon: {
        std::vector<b2Vec2> pts;
        for (const auto& p : s.points)
            pts.push_back(offset + rotate({p.x, p.y}, angle));
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
            pts.push_back(offset + rotate({p.x, p.y}, angle));
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

void PhysicsWorld::build(const LevelData& level) {
    for (const BodyData& b : level.bodies) {
        b2BodyDef def;
        def.type = b.type == BodyData::Type::Dynamic     ? b2_dynamicBody
                   : b.type == BodyData::Type::Kinematic ? b2_kinematicBody
                                                         : b2_staticBody;
        def.position.Set(b.x, b.y);
        def.angle = b.angle * kDegToRad;
        def.linearDamping = b.linearDamping;
        def.angularDamping = b.angularDamping;
        def.fixedRotation = b.fixedRotation;
        b2Body* body = createBody(def, BodyInfo{b.name, 0, 0, b.grabbable});
        for (const ShapeData& s : b.shapes)
            createFixture(body, s);
    }
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

b2Body* PhysicsWorld::body(const std::string& name) const {
    auto it = m_bodies.find(name);
    return it == m_bodies.end() ? nullptr : it->second;
}

b2Joint* PhysicsWorld::joint(const std::string& name) const {
    auto it = m_joints.find(name);
    return it == m_joints.end() ? nullptr : it->second;
}

void PhysicsWorld::destroyJoint(const std::string& name) {
    auto it = m_joints.find(name);
    if (it == m_joints.end()) return;
    m_world->DestroyJoint(it->second);
    m_joints.erase(it);
}

void PhysicsWorld::destroyLater(b2Body* body) {
    if (!isDoomed(body)) m_doomed.push_back(body);
}

bool PhysicsWorld::isDoomed(const b2Body* body) const {
    return std::find(m_doomed.begin(), m_doomed.end(), body) != m_doomed.end();
}

void PhysicsWorld::step() {
    m_world->Step(static_cast<float>(kStepSeconds), kVelocityIterations, kPositionIterations);
}

std::vector<ContactEvent> PhysicsWorld::takeContacts() {
    std::vector<ContactEvent> out = std::move(m_contacts->events);
    m_contacts->events.clear();
    return out;
}

void PhysicsWorld::destroyDoomed() {
    for (b2Body* body : m_doomed) {
        if (body == m_grabbed) release();
        for (auto it = m_bodies.begin(); it != m_bodies.end();)
            it = it->second == body ? m_bodies.erase(it) : std::next(it);
        for (auto it = m_joints.begin(); it != m_joints.end();)
            it = (it->second->GetBodyA() == body || it->second->GetBodyB() == body) ? m_joints.erase(it)
                                                                                    : std::next(it);
        delete &info(body);
        m_world->DestroyBody(body);
    }
    m_doomed.clear();
}

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

void PhysicsWorld::hash(StateHasher& h) const {
    h.add(m_world->GetBodyCount());
    for (const b2Body* b = m_world->GetBodyList(); b; b = b->GetNext()) {
        const b2Vec2 p = b->GetPosition();
        const b2Vec2 v = b->GetLinearVelocity();
        h.add(p.x);
        h.add(p.y);
        h.add(b->GetAngle());
        h.add(v.x);
        h.add(v.y);
        h.add(b->GetAngularVelocity());
    }
}

} // namespace mobi
