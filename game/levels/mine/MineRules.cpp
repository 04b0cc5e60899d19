#include "levels/mine/MineRules.hpp"

#include "core/FixedStep.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mobi {
namespace {

constexpr float kDegToRad = 0.017453292f;
constexpr float kTiltSpeed = 50.f; // degrees per second with an arrow held
constexpr float kMaxTilt = 34.f;   // degrees, the hinge's own limits are a little wider
constexpr float kSieveTop = 8.f;   // m: a rock above this height is still on the sieve
// Where the hopper drops things (the left part of the sieve, inside its lip).
constexpr float kHopperLeft = 6.8f, kHopperRight = 8.6f, kHopperY = 14.9f;

} // namespace

std::vector<ParamSpec> MineRules::paramSpecs() {
    return {
        {"spawnInterval", 1.1f, 0.2f, 5.f, "s"},        // time between two things from the hopper
        {"nuggetShare", 0.13f, 0.02f, 0.8f, "ratio"},   // how many of them are metal nuggets
        {"mudPerRock", 0.01f, 0.f, 0.1f, "ratio"},      // how much each rock on the heap muddies the river
        {"maxOnSieve", 12.f, 3.f, 40.f, "count"},       // the hopper waits above this many rocks on the sieve
        {"goalYoung", 12.f, 1.f, 100.f, "count"},       // nuggets to collect, 6–8
        {"goalOlder", 20.f, 1.f, 100.f, "count"},       // nuggets to collect, 9–12
        {"challengeSeconds", 240.f, 30.f, 1200.f, "s"}, // the optional challenge's time
        {"urban", 0.f, 0.f, 1.f, "flag"},               // 1: the urban mine (old phones instead of rocks)
    };
}

MineRules::MineRules(const Params& p, const LevelOptions& o)
    : m_spawnInterval(p.get("spawnInterval")), m_nuggetShare(p.get("nuggetShare")),
      m_mudPerRock(p.get("mudPerRock")), m_maxOnSieve(p.count("maxOnSieve")),
      m_goal(o.young ? p.count("goalYoung") : p.count("goalOlder")), m_challenge(o.challenge && !o.young),
      m_challengeSeconds(p.get("challengeSeconds")), m_urban(p.get("urban") > 0.5f), m_young(o.young) {}

void MineRules::start(LevelContext&) { m_spawnTimer = m_spawnInterval * 0.5f; }

int MineRules::nuggetsTotal() const {
    int n = 0;
    for (int c : m_nuggets)
        n += c;
    return n;
}

float MineRules::progress() const {
    return std::min(1.f, static_cast<float>(nuggetsTotal()) / static_cast<float>(m_goal));
}

float MineRules::secondsLeft() const {
    return std::max(0.f, m_challengeSeconds - static_cast<float>(m_steps) * static_cast<float>(kStepSeconds));
}

int MineRules::rocksOnSieve(const LevelContext& ctx) const {
    int n = 0;
    for (const b2Body* b = ctx.world.world().GetBodyList(); b; b = b->GetNext()) {
        const int kind = PhysicsWorld::info(b).kind;
        if ((kind == Rock || kind == OldPhone) && b->GetPosition().y > kSieveTop) ++n;
    }
    return n;
}

void MineRules::spawn(LevelContext& ctx) {
    Rng& rng = ctx.rng;
    // For 6–8 the level adapts: every nugget lost to the heap makes the next
    // loads a little richer, so a child who struggles still gets there.
    const float adapt = m_young ? std::min(0.15f, 0.01f * static_cast<float>(m_nuggetsLost)) : 0.f;
    const bool nugget = rng.chance(m_nuggetShare + adapt);
    b2BodyDef def;
    def.type = b2_dynamicBody;
    def.position.Set(rng.uniform(kHopperLeft, kHopperRight), kHopperY);
    def.angle = rng.uniform(0.f, 6.28f);
    def.linearVelocity.Set(rng.uniform(-0.5f, 0.5f), -1.f);
    b2FixtureDef fixture;
    if (nugget) {
        const int metal = rng.between(0, MetalCount - 1);
        b2Body* body = ctx.world.createBody(def, BodyInfo{"", Nugget, metal, false});
        b2CircleShape circle;
        circle.m_radius = rng.uniform(0.1f, 0.13f); // well under the sieve's 0.34 m holes
        fixture.shape = &circle;
        fixture.density = 4.f; // metal is heavy
        fixture.friction = 0.2f;
        fixture.restitution = 0.25f;
        ctx.world.addFixture(body, fixture, "nugget");
        return;
    }
    if (m_urban) { // an old phone: a flat box, too big for the holes
        b2Body* body = ctx.world.createBody(def, BodyInfo{"", OldPhone, rng.between(0, 3), false});
        b2PolygonShape box;
        box.SetAsBox(0.32f, 0.6f);
        fixture.shape = &box;
        fixture.density = 2.f;
        fixture.friction = 0.5f;
        ctx.world.addFixture(body, fixture, "rock");
        return;
    }
    // A rock: a random, roundish convex polygon, far too big for the holes.
    // Rounded enough to roll over the sieve's bars instead of catching in them.
    b2Body* body = ctx.world.createBody(def, BodyInfo{"", Rock, rng.between(0, 2), false});
    const int corners = rng.between(7, 8);
    const float radius = rng.uniform(0.42f, 0.62f);
    b2Vec2 points[8];
    for (int i = 0; i < corners; ++i) {
        const float a =
            6.2831853f * static_cast<float>(i) / static_cast<float>(corners) + rng.uniform(-0.15f, 0.15f);
        const float r = radius * rng.uniform(0.88f, 1.08f);
        points[i].Set(r * std::cos(a), r * std::sin(a));
    }
    b2PolygonShape polygon;
    polygon.Set(points, corners);
    fixture.shape = &polygon;
    fixture.density = 2.5f;
    fixture.friction = 0.45f;
    fixture.restitution = 0.05f;
    ctx.world.addFixture(body, fixture, "rock");
}

void MineRules::steerSieve(LevelContext& ctx, const InputFrame& input) {
    auto* hinge = static_cast<b2RevoluteJoint*>(ctx.world.joint("hinge"));
    b2Body* sieve = ctx.world.body("sieve");
    if (!hinge || !sieve) return;
    const float dt = static_cast<float>(kStepSeconds);
    if (input.axisX != 0) {
        // → lowers the right end (where the heap is); ← lowers the left end.
        m_targetAngle = std::clamp(m_targetAngle - static_cast<float>(input.axisX) * kTiltSpeed * dt,
                                   -kMaxTilt, kMaxTilt);
        m_idleSteps = 0;
    }
    if (ctx.world.grabbed() == sieve) {
        // Dragged with the mouse: the motor lets go, and remembers where it was left.
        hinge->EnableMotor(false);
        m_targetAngle = std::clamp(hinge->GetJointAngle() / kDegToRad, -kMaxTilt, kMaxTilt);
        m_idleSteps = 0;
        return;
    }
    hinge->EnableMotor(true);
    const float error = m_targetAngle * kDegToRad - hinge->GetJointAngle();
    hinge->SetMotorSpeed(std::clamp(error * 8.f, -2.5f, 2.5f));
}

void MineRules::step(LevelContext& ctx, const InputFrame& input) {
    ++m_steps;
    ++m_idleSteps;
    if (input.pointerDown) m_idleSteps = 0;
    steerSieve(ctx, input);

    // The hopper waits while the sieve is full, instead of burying it.
    m_waiting = rocksOnSieve(ctx) >= m_maxOnSieve;
    if (!m_waiting) {
        m_spawnTimer -= static_cast<float>(kStepSeconds);
        if (m_spawnTimer <= 0.f) {
            spawn(ctx);
            m_spawnTimer += m_spawnInterval;
        }
    }
    if (m_challenge && secondsLeft() <= 0.f && nuggetsTotal() < m_goal) m_outcome = Outcome::Lost;
}

void MineRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) {
    for (const ContactEvent& c : contacts) {
        for (int side = 0; side < 2; ++side) {
            b2Fixture* zone = side == 0 ? c.a : c.b;
            b2Fixture* thing = side == 0 ? c.b : c.a;
            const std::string& zoneTag = PhysicsWorld::tag(zone);
            b2Body* body = thing->GetBody();
            if (ctx.world.isDoomed(body)) continue;
            const BodyInfo& info = PhysicsWorld::info(body);
            const b2Vec2 p = body->GetPosition();
            if (zoneTag == "bucket" && info.kind == Nugget) {
                ++m_nuggets[static_cast<std::size_t>(info.variant)];
                ctx.events.push_back({LevelEvent::Kind::Collected, p.x, p.y, info.variant});
                ctx.world.destroyLater(body);
            } else if ((zoneTag == "heap" || zoneTag == "bucket") && info.kind != Nugget && info.kind != 0) {
                // Rock on the spoil heap (or one that fell the wrong way): it joins the heap.
                ++m_rocksOnHeap;
                if (!m_urban) m_mud = std::min(1.f, m_mud + m_mudPerRock);
                ctx.events.push_back({LevelEvent::Kind::Dropped, p.x, p.y, info.kind});
                ctx.world.destroyLater(body);
            } else if (zoneTag == "heap" && info.kind == Nugget) {
                // A nugget that missed the bucket is lost in the heap, as in a real mine.
                ++m_nuggetsLost;
                ctx.events.push_back({LevelEvent::Kind::Oops, p.x, p.y, info.variant});
                ctx.world.destroyLater(body);
            }
        }
    }
    if (m_outcome == Outcome::Running && nuggetsTotal() >= m_goal) {
        m_outcome = Outcome::Won;
        ctx.events.push_back({LevelEvent::Kind::Success, 13.f, 2.f, 0});
    }
}

std::string MineRules::describe() const {
    char text[96];
    std::snprintf(text, sizeof text, "tilt=%.1f nuggets=%d heap=%d", static_cast<double>(m_targetAngle),
                  nuggetsTotal(), m_rocksOnHeap);
    return text;
}

void MineRules::hash(StateHasher& h) const {
    for (int n : m_nuggets)
        h.add(n);
    h.add(m_rocksOnHeap);
    h.add(m_nuggetsLost);
    h.add(m_mud);
    h.add(m_spawnTimer);
    h.add(m_targetAngle);
    h.add(m_waiting);
    h.add(m_steps);
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
