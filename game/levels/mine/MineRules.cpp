// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/mine/MineRules.hpp"

#include "core/FixedStep.hpp"
#include "levels/Zones.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mobi {
namespace {

constexpr float kDegToRad = 0.017453292f;
constexpr float kTiltSpeed = 50.f; // degrees per second with an arrow held
constexpr float kMaxTilt = 34.f;   // degrees, the hinge's own limits are a little wider
constexpr float kSieveTop = 8.f;   // m: a rock above this height is still on the sieve
constexpr int kStartHintSteps = 60 * 6, kIdleHintSteps = 60 * 8;

bool isRock(const BodyInfo& info) { return info.kind == "rock" || info.kind == "oldphone"; }

} // namespace

const char* const MineRules::kMetals[MetalCount] = {"cobalt", "coltan", "gold", "lithium"};

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

LevelNeeds MineRules::needs() {
    return {{"sieve"},
            {"hopper.mouth", "bucket", "heap", "spill"},
            {"rock.0", "rock.1", "rock.2", "cobalt", "coltan", "gold", "lithium", "oldphone.0", "oldphone.1",
             "oldphone.2", "oldphone.3"},
            {},
            {"hinge"}};
}

LevelGoal MineRules::goalFor(const Params& p, const LevelOptions& o) {
    return {p.banded("goal", o.young), true, p.get("challengeSeconds")};
}

MineRules::MineRules(const Params& p, const LevelOptions& o)
    : m_nuggetShare(p.get("nuggetShare")), m_mudPerRock(p.get("mudPerRock")),
      m_maxOnSieve(p.count("maxOnSieve")), m_goal(p.banded("goal", o.young)),
      m_challenge(o.challenge && !o.young), m_challengeSeconds(p.get("challengeSeconds")),
      m_urban(p.get("urban") > 0.5f), m_young(o.young),
      m_hopper({"hopper.mouth", p.get("spawnInterval"), p.get("spawnInterval") * 0.5f, 0.5f, -1.f, true}) {}

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

void MineRules::spawn(LevelContext& ctx) {
    Rng& rng = ctx.rng;
    // For 6–8 the level adapts: every nugget lost to the heap makes the next
    // loads a little richer, so a child who struggles still gets there.
    const float adapt = m_young ? std::min(0.15f, 0.01f * static_cast<float>(m_nuggetsLost)) : 0.f;
    if (rng.chance(m_nuggetShare + adapt)) {
        const int metal = rng.between(0, MetalCount - 1);
        m_hopper.spawn(ctx, kMetals[metal], rng.uniform(0.87f, 1.13f), metal);
    } else if (m_urban) { // an old phone, too big for the holes
        m_hopper.spawn(ctx, "oldphone." + std::to_string(rng.between(0, 3)));
    } else {
        m_hopper.spawn(ctx, "rock." + std::to_string(rng.between(0, 2)), rng.uniform(0.84f, 1.2f));
    }
}

void MineRules::steerSieve(LevelContext& ctx, const InputFrame& input) {
    auto* hinge = static_cast<b2RevoluteJoint*>(ctx.world.joint("hinge"));
    b2Body* sieve = ctx.world.body("sieve");
    if (!hinge || !sieve) return;
    const float dt = static_cast<float>(kStepSeconds);
    if (input.axisX != 0) // → lowers the right end (where the heap is); ← lowers the left end.
        m_targetAngle = std::clamp(m_targetAngle - static_cast<float>(input.axisX) * kTiltSpeed * dt,
                                   -kMaxTilt, kMaxTilt);
    if (ctx.world.grabbed() == sieve) {
        // Dragged with the mouse: the motor lets go, and remembers where it was left.
        hinge->EnableMotor(false);
        m_targetAngle = std::clamp(hinge->GetJointAngle() / kDegToRad, -kMaxTilt, kMaxTilt);
        return;
    }
    hinge->EnableMotor(true);
    const float error = m_targetAngle * kDegToRad - hinge->GetJointAngle();
    hinge->SetMotorSpeed(std::clamp(error * 8.f, -2.5f, 2.5f));
}

void MineRules::step(LevelContext& ctx, const InputFrame& input) {
    ++m_steps;
    steerSieve(ctx, input);
    // The hopper waits while the sieve is full, instead of burying it.
    int onSieve = 0;
    ctx.world.forEachBody([&](const b2Body* b) {
        if (isRock(PhysicsWorld::info(b)) && b->GetPosition().y > kSieveTop) ++onSieve;
    });
    m_waiting = onSieve >= m_maxOnSieve;
    if (m_hopper.due(m_waiting)) spawn(ctx);
    if (m_challenge && secondsLeft() <= 0.f && nuggetsTotal() < m_goal) m_outcome = Outcome::Lost;
}

void MineRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) {
    for (const Zones::Entry& e : ctx.zones.entered()) {
        if (ctx.world.isDoomed(e.body)) continue;
        const BodyInfo& info = PhysicsWorld::info(e.body);
        const b2Vec2 p = e.body->GetPosition();
        const bool heap = e.zone == "heap" || e.zone == "spill";
        if (e.zone == "bucket" && info.kind == "nugget") {
            ++m_nuggets[static_cast<std::size_t>(info.variant)];
            ctx.events.push_back({LevelEvent::Kind::Collected, p.x, p.y, info.variant});
            ctx.world.destroyLater(e.body);
        } else if ((heap || e.zone == "bucket") && isRock(info)) {
            // Rock on the spoil heap (or one that fell the wrong way): it joins the heap.
            ++m_rocksOnHeap;
            if (!m_urban) m_mud = std::min(1.f, m_mud + m_mudPerRock);
            ctx.events.push_back({LevelEvent::Kind::Dropped, p.x, p.y, 0});
            ctx.world.destroyLater(e.body);
        } else if (heap && info.kind == "nugget") {
            // A nugget that missed the bucket is lost in the heap, as in a real mine.
            ++m_nuggetsLost;
            ctx.events.push_back({LevelEvent::Kind::Oops, p.x, p.y, info.variant});
            ctx.world.destroyLater(e.body);
        }
    }
    if (m_outcome == Outcome::Running && nuggetsTotal() >= m_goal) {
        m_outcome = Outcome::Won;
        ctx.events.push_back({LevelEvent::Kind::Success, 13.f, 2.f, 0});
    }
}

std::string MineRules::hint(int steps, int idleSteps) const {
    if (m_waiting) return "hint.mine.full";
    // What to do, when play starts and again when the child has done nothing for a while.
    return steps < kStartHintSteps || idleSteps > kIdleHintSteps ? "hint.mine.tilt" : "";
}

std::string MineRules::describe() const {
    char text[96];
    std::snprintf(text, sizeof text, "tilt=%.1f nuggets=%d/%d heap=%d", static_cast<double>(m_targetAngle),
                  nuggetsTotal(), m_goal, m_rocksOnHeap);
    return text;
}

void MineRules::hash(StateHasher& h) const {
    for (int n : m_nuggets)
        h.add(n);
    h.add(m_rocksOnHeap);
    h.add(m_nuggetsLost);
    h.add(m_mud);
    m_hopper.hash(h);
    h.add(m_targetAngle);
    h.add(m_waiting);
    h.add(m_steps);
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
