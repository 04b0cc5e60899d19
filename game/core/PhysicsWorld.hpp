// SPDX-License-Identifier: GPL-3.0-or-later
// Owns the Box2D world of a level: builds it from the level file (bodies,
// joints, zones), spawns bodies from the file's templates, steps it with the
// fixed dt and 8/3 iterations, turns contacts into a queue of events the
// rules read after the step, moves conveyor surfaces, joins and parts bodies
// after the step (Box2D forbids it inside its callbacks), and lets the player
// drag bodies through a mouse joint. Rules never hold the b2World itself.
// Everything is in metres, kilograms and seconds, y up.
#pragma once

#include "content/LevelData.hpp"
#include "core/StateHash.hpp"

#include <box2d/box2d.h>

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mobi {

// What the game knows about a body. The world owns it; the body's user data points at it.
struct BodyInfo {
    std::string name; // from the level file ("" for bodies the rules spawn)
    std::string kind; // its sort, from the file or the template ("rock", "crate", "zone")
    int variant = 0;  // e.g. which metal
    bool grabbable = false;
    std::string style; // how the painter draws it ("" for not drawn by it)
    std::string phase; // the phase it belongs to ("" for all)
};

struct ContactEvent {
    b2Fixture* a;
    b2Fixture* b;
    bool begin = true; // false: the two stopped touching
};

// A join made at run time (a part welded into its slot), to part it later.
using JoinId = int;

class PhysicsWorld {
public:
    explicit PhysicsWorld(float gravityY);
    ~PhysicsWorld();
    PhysicsWorld(const PhysicsWorld&) = delete;
    PhysicsWorld& operator=(const PhysicsWorld&) = delete;

    // Creates the bodies, zones and joints described in the level file.
    void build(const LevelData& level);
    // Advances by one fixed step, then makes and parts the queued joins.
    void step();
    // Destroys the bodies queued with destroyLater() (after the rules read the contacts).
    void destroyDoomed();

    b2Body* body(const std::string& name) const;
    b2Joint* joint(const std::string& name) const;
    void destroyJoint(const std::string& name);
    const b2World& world() const { return *m_world; } // for views, which only read
    int bodyCount() const { return m_world->GetBodyCount(); }

    // Every body, the ground anchor of the mouse left out; or those of one kind.
    template <typename F> void forEachBody(F&& f) const {
        for (b2Body* b = m_world->GetBodyList(); b; b = b->GetNext())
            if (b != m_ground) f(b);
    }
    std::vector<b2Body*> bodiesOfKind(const std::string& kind) const;

    // Bodies the rules create at run time: from a template of the level file
    // (scaled, placed, moving), or from Box2D definitions.
    b2Body* spawn(const BodyData& bodyTemplate, b2Vec2 position, float angle, b2Vec2 velocity,
                  float scale = 1.f, int variant = 0);
    b2Body* createBody(const b2BodyDef& def, const BodyInfo& info);
    b2Fixture* addFixture(b2Body* body, const b2FixtureDef& def, const std::string& tag = "");
    void destroyLater(b2Body* body); // safe while contacts are read; done by destroyDoomed()
    bool isDoomed(const b2Body* body) const;

    static BodyInfo& info(b2Body* body);
    static const BodyInfo& info(const b2Body* body);
    // The tag of a fixture ("" for none); a zone's fixture is tagged with the zone's name.
    static const std::string& tag(const b2Fixture* fixture);

    // Begin- and end-contacts since the last call, in the order Box2D reported them.
    std::vector<ContactEvent> takeContacts();
    // Fixtures with this tag carry what touches them along their surface (a conveyor belt), m/s.
    void setSurfaceSpeed(const std::string& tag, float speed);
    // Joining two bodies where they are now (a weld), and parting them, both after the step.
    JoinId weldLater(b2Body* a, b2Body* b);
    void partLater(JoinId join);
    bool joined(JoinId join) const { return m_joins.count(join) > 0; }

    void setGravity(float gravityY) { m_world->SetGravity({0.f, gravityY}); }
    // Enables the bodies of one phase (and those of none), disables the others' (the ground stays).
    void enablePhase(const std::string& phase);

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
    b2Fixture* createFixture(b2Body* body, const ShapeData& shape, float scale = 1.f);
    b2Body* createFromData(const BodyData& data, b2Vec2 position, float angle, float scale);
    void createZone(const ZoneData& zone);
    void applyJoins();
    const std::string* intern(const std::string& tag);

    std::unique_ptr<b2World> m_world;
    std::unique_ptr<ContactQueue> m_contacts;
    b2Body* m_ground = nullptr; // anchor of the mouse joint
    std::unordered_map<const b2Body*, std::unique_ptr<BodyInfo>> m_infos;
    std::map<std::string, b2Body*> m_bodies;
    std::map<std::string, b2Joint*> m_joints;
    std::deque<std::string> m_tags; // stable addresses for fixture user data
    std::vector<b2Body*> m_doomed;
    struct PendingJoin {
        JoinId id;
        b2Body *a, *b; // null: a parting
    };
    std::vector<PendingJoin> m_pendingJoins;
    std::map<JoinId, b2Joint*> m_joins;
    JoinId m_nextJoin = 1;
    b2MouseJoint* m_mouse = nullptr;
    b2Body* m_grabbed = nullptr;
};

} // namespace mobi
