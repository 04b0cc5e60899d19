// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PhysicsWorld.hpp"

#include "core/FixedStep.hpp"

#include <algorithm>

namespace mobi {
namespace {

constexpr int kVelocityIterations = 8;
constexpr int kPositionIterations = 3;
const std::string kNoTag;

} // namespace

class PhysicsWorld::ContactQueue : public b2ContactListener {
public:
    void BeginContact(b2Contact* contact) override {
        events.push_back({contact->GetFixtureA(), contact->GetFixtureB(), true});
    }
    void EndContact(b2Contact* contact) override {
        events.push_back({contact->GetFixtureA(), contact->GetFixtureB(), false});
    }
    // A conveyor: what touches a belt's surface is carried along it.
    void PreSolve(b2Contact* contact, const b2Manifold*) override {
        if (surfaceSpeeds.empty()) return;
        float speed = 0.f;
        if (auto it = surfaceSpeeds.find(&tag(contact->GetFixtureA())); it != surfaceSpeeds.end())
            speed += it->second;
        if (auto it = surfaceSpeeds.find(&tag(contact->GetFixtureB())); it != surfaceSpeeds.end())
            speed -= it->second;
        if (speed != 0.f) contact->SetTangentSpeed(speed);
    }
    std::vector<ContactEvent> events;
    std::map<const std::string*, float> surfaceSpeeds; // by interned tag
};

PhysicsWorld::PhysicsWorld(float gravityY)
    : m_world(std::make_unique<b2World>(b2Vec2(0.f, gravityY))),
      m_contacts(std::make_unique<ContactQueue>()) {
    m_world->SetContactListener(m_contacts.get());
    b2BodyDef def;
    m_ground = createBody(def, BodyInfo{"(ground)", "", 0, false, "", ""});
}

// The b2World goes first: it destroys its bodies, then the infos they point at go.
PhysicsWorld::~PhysicsWorld() {
    m_world.reset();
    m_infos.clear();
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
    auto owned = std::make_unique<BodyInfo>(info);
    b2BodyDef d = def;
    d.userData.pointer = reinterpret_cast<uintptr_t>(owned.get());
    b2Body* body = m_world->CreateBody(&d);
    m_infos[body] = std::move(owned);
    if (!info.name.empty()) m_bodies[info.name] = body;
    return body;
}

b2Fixture* PhysicsWorld::addFixture(b2Body* body, const b2FixtureDef& def, const std::string& tag) {
    b2FixtureDef d = def;
    d.userData.pointer = reinterpret_cast<uintptr_t>(intern(tag));
    return body->CreateFixture(&d);
}

std::vector<b2Body*> PhysicsWorld::bodiesOfKind(const std::string& kind) const {
    std::vector<b2Body*> out;
    forEachBody([&](b2Body* b) {
        if (info(b).kind == kind && !isDoomed(b)) out.push_back(b);
    });
    return out;
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

void PhysicsWorld::setSurfaceSpeed(const std::string& tag, float speed) {
    m_contacts->surfaceSpeeds[intern(tag)] = speed;
}

JoinId PhysicsWorld::weldLater(b2Body* a, b2Body* b) {
    const JoinId id = m_nextJoin++;
    m_pendingJoins.push_back({id, a, b});
    return id;
}

void PhysicsWorld::partLater(JoinId join) { m_pendingJoins.push_back({join, nullptr, nullptr}); }

void PhysicsWorld::applyJoins() {
    for (const PendingJoin& p : m_pendingJoins) {
        if (!p.a) { // parting
            if (auto it = m_joins.find(p.id); it != m_joins.end()) {
                m_world->DestroyJoint(it->second);
                m_joins.erase(it);
            }
            continue;
        }
        if (isDoomed(p.a) || isDoomed(p.b)) continue;
        b2WeldJointDef def;
        def.Initialize(p.a, p.b, p.b->GetWorldCenter());
        m_joins[p.id] = m_world->CreateJoint(&def);
    }
    m_pendingJoins.clear();
}

void PhysicsWorld::enablePhase(const std::string& phase) {
    forEachBody([&](b2Body* b) {
        const std::string& own = info(b).phase;
        b->SetEnabled(own.empty() || own == phase);
    });
}

void PhysicsWorld::step() {
    m_world->Step(static_cast<float>(kStepSeconds), kVelocityIterations, kPositionIterations);
    applyJoins();
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
        for (auto it = m_joins.begin(); it != m_joins.end();)
            it = (it->second->GetBodyA() == body || it->second->GetBodyB() == body) ? m_joins.erase(it)
                                                                                    : std::next(it);
        // Box2D ends the body's contacts as it goes: no event may keep a fixture that is gone.
        std::vector<const b2Fixture*> fixtures;
        for (const b2Fixture* f = body->GetFixtureList(); f; f = f->GetNext())
            fixtures.push_back(f);
        m_world->DestroyBody(body); // and its joints
        auto gone = [&](const b2Fixture* f) {
            return std::find(fixtures.begin(), fixtures.end(), f) != fixtures.end();
        };
        auto& events = m_contacts->events;
        events.erase(std::remove_if(events.begin(), events.end(),
                                    [&](const ContactEvent& e) { return gone(e.a) || gone(e.b); }),
                     events.end());
        m_infos.erase(body);
    }
    m_doomed.clear();
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
