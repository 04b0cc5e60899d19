// Owns the Box2D world of a level: builds it from the level file, steps it
// with the fixed dt and 8/3 iterations, turns contacts into a queue of events
// the rules read after the step, and lets the player drag bodies through a
// mouse joint. Everything is in metres, kilograms and seconds, y up.
#pragma once

#include "content/LevelData.hpp"
#include "core/StateHash.hpp"

#include <box2d/box2d.h>

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mobi {

// What the game knows about a body, kept in its user data.
struct BodyInfo {
    std::string name; // from the level file ("" for bodies the rules spawn)
    int kind = 0;     // the rules' own category (rock, nugget…)
    int variant = 0;  // e.g. which metal
    bool grabbable = false;
};

struct ContactEvent {
    b2Fixture* a;
    b2Fixture* b;
};

class PhysicsWorld {
public:
    explicit PhysicsWorld(float gravityY);
    ~PhysicsWorld();
    PhysicsWorld(const PhysicsWorld&) = delete;
    PhysicsWorld& operator=(const PhysicsWorld&) = delete;

    // Creates the bodies and joints described in the level file.
    void build(const LevelData& level);
    // Advances by one fixed step.
    void step();
    // Destroys the bodies queued with destroyLater() (after the rules read the contacts).
    void destroyDoomed();

    b2Body* body(const std::string& name) const;
    b2Joint* joint(const std::string& name) const;
    void destroyJoint(const std::string& name);
    b2World& world() { return *m_world; }
    const b2World& world() const { return *m_world; }
    int bodyCount() const { return m_world->GetBodyCount(); }

    // Bodies the rules create at run time.
    b2Body* createBody(const b2BodyDef& def, const BodyInfo& info);
    b2Fixture* addFixture(b2Body* body, const b2FixtureDef& def, const std::string& tag = "");
    void destroyLater(b2Body* body); // safe while contacts are read; done by destroyDoomed()
    bool isDoomed(const b2Body* body) const;

    static BodyInfo& info(b2Body* body);
    static const BodyInfo& info(const b2Body* body);
    // The tag of a fixture ("" for none).
    static const std::string& tag(const b2Fixture* fixture);

    // Begin-contacts since the last call, in the order Box2D reported them.
    std::vector<ContactEvent> takeContacts();

    // Dragging: grab the grabbable dynamic body under `point`, pull it towards a target.
    bool grabAt(b2Vec2 point);
    bool grabBody(b2Body* body, b2Vec2 point);
    // The held body follows `target`, but stays whole inside `keepInside`.
    void dragTo(b2Vec2 target, const b2AABB& keepInside);
    void release();
    b2Body* grabbed() const { return m_grabbed; }
    // The grabbable dynamic body under a point, or null.
    b2Body* grabbableAt(b2Vec2 point) const;

    void hash(StateHasher& h) const;

private:
    class ContactQueue;
    b2Fixture* createFixture(b2Body* body, const ShapeData& shape);
    const std::string* intern(const std::string& tag);

    std::unique_ptr<b2World> m_world;
    std::unique_ptr<ContactQueue> m_contacts;
    b2Body* m_ground = nullptr; // anchor of the mouse joint
    std::map<std::string, b2Body*> m_bodies;
    std::map<std::string, b2Joint*> m_joints;
    std::deque<std::string> m_tags; // stable addresses for fixture user data
    std::vector<b2Body*> m_doomed;
    b2MouseJoint* m_mouse = nullptr;
    b2Body* m_grabbed = nullptr;
};

} // namespace mobi
