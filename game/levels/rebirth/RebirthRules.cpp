// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/rebirth/RebirthRules.hpp"

#include "core/FixedStep.hpp"
#include "levels/Buoyancy.hpp"
#include "levels/Grabber.hpp"
#include "levels/Zones.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace mobi {
namespace {

const float kDt = static_cast<float>(kStepSeconds);
constexpr float kToolReach = 0.75f;    // m: how near a screw the tool must be
constexpr int kCelebrateSteps = 90;    // a pause to enjoy each success before the next phase
constexpr int kMaxSpecks = 45;         // live specks at once: the shredder waits above this
constexpr int kRepair = 3, kReuse = 4; // their order is ours, not a source's: either may come first

bool isSpeck(const BodyInfo& info) {
    return info.kind == "iron" || info.kind == "plastic" || info.kind == "gold" || info.kind == "rare";
}

bool over(const b2Body* body, b2Vec2 p) {
    for (const b2Fixture* f = body ? body->GetFixtureList() : nullptr; f; f = f->GetNext())
        if (f->TestPoint(p)) return true;
    return false;
}

} // namespace

std::vector<ParamSpec> RebirthRules::paramSpecs() {
    return {
        {"unscrewSeconds", 0.8f, 0.1f, 5.f, "s"}, // holding the tool on a screw
        {"heatSeconds", 3.f, 0.5f, 15.f, "s"},    // holding the heat gun on a glued cover
        {"ironGoalYoung", 5.f, 1.f, 50.f, "count"}, {"ironGoalOlder", 10.f, 1.f, 50.f, "count"},
        {"goldGoalYoung", 8.f, 1.f, 50.f, "count"}, {"goldGoalOlder", 12.f, 1.f, 50.f, "count"},
        {"speckInterval", 0.3f, 0.05f, 3.f, "s"},
    };
}

LevelNeeds RebirthRules::needs() {
    return {{"bench.phone", "bench.cover", "bench.screw1", "bench.screw2", "bench.screw3", "bench.screw4",
             "bench.battery", "bench.newBattery", "recycler.magnet", "podium.crate1", "podium.crate2",
             "podium.crate3", "podium.crate4", "podium.crate5"},
            {"bench.bin", "bench.slot", "bench.aside", "recycler.shredder", "recycler.water",
             "recycler.mould", "recycler.skimmer", "recycler.lost.left", "recycler.lost.right",
             "podium.slot1", "podium.slot2", "podium.slot3", "podium.slot4", "podium.slot5"},
            {"iron", "plastic", "gold", "rare"},
            {"bench", "recycler", "podium"},
            {"bench.coverHold", "bench.batteryHold"}};
}

RebirthRules::RebirthRules(const Params& p, const LevelOptions& o)
    : m_glued(o.choiceOr("assembly", "screws") == "glue"), m_unscrewSeconds(p.get("unscrewSeconds")),
      m_heatSeconds(p.get("heatSeconds")), m_ironGoal(p.banded("ironGoal", o.young)),
      m_goldGoal(p.banded("goldGoal", o.young)),
      m_shredder({"recycler.shredder", p.get("speckInterval"), 0.f, 1.5f, -1.f, true}) {}

void RebirthRules::start(LevelContext& ctx) {
    m_phases.enter(ctx, 0);
    if (m_glued) // a glued phone has no screws
        for (int i = 1; i <= 4; ++i) {
            ctx.world.destroyJoint("bench.screwHold" + std::to_string(i));
            if (b2Body* screw = ctx.world.body("bench.screw" + std::to_string(i))) screw->SetEnabled(false);
        }
}

float RebirthRules::progress() const {
    switch (phase()) {
    case Phase::Bench:
        return static_cast<float>(m_benchStep) / 12.f;
    case Phase::Recycler: {
        const float iron = std::min(1.f, static_cast<float>(m_iron) / static_cast<float>(m_ironGoal));
        const float gold = std::min(1.f, static_cast<float>(m_gold) / static_cast<float>(m_goldGoal));
        return (1.f + (iron + gold) / 2.f) / 3.f;
    }
    case Phase::Podium:
        return (2.f + static_cast<float>(m_placed) / 5.f) / 3.f;
    }
    return 0.f;
}

void RebirthRules::step(LevelContext& ctx, const InputFrame& input) {
    switch (phase()) {
    case Phase::Bench:
        stepBench(ctx, input);
        break;
    case Phase::Recycler:
        stepRecycler(ctx, input);
        break;
    case Phase::Podium:
        stepPodium(ctx);
        break;
    }
    // Into the next phase once a success has been enjoyed; the podium begins with an empty tank.
    if (m_phases.step(ctx) && phase() == Phase::Podium)
        ctx.world.forEachBody([&](b2Body* b) {
            if (isSpeck(PhysicsWorld::info(b))) ctx.world.destroyLater(b);
        });
}

void RebirthRules::stepBench(LevelContext& ctx, const InputFrame& input) {
    PhysicsWorld& world = ctx.world;
    b2Body* cover = world.body("bench.cover");
    b2Body* phone = world.body("bench.phone");
    b2Vec2 tool;
    const bool working = ctx.grabber.toolPoint(input, tool);
    if (m_benchStep == BenchStep::Open) {
        if (m_glued) { // the heat gun softens the glue while it is held over the cover
            if (working && over(cover, tool)) m_heat = std::min(1.f, m_heat + kDt / m_heatSeconds);
        } else {
            for (int i = 0; i < 4; ++i) {
                b2Body* screw = world.body("bench.screw" + std::to_string(i + 1));
                float& turn = m_screwTurn[static_cast<std::size_t>(i)];
                if (!screw || turn >= 1.f || !working || (screw->GetPosition() - tool).Length() > kToolReach)
                    continue;
                turn = std::min(1.f, turn + kDt / m_unscrewSeconds);
                if (turn < 1.f) continue;
                world.destroyJoint("bench.screwHold" + std::to_string(i + 1));
                ctx.events.push_back(
                    {LevelEvent::Kind::Collected, screw->GetPosition().x, screw->GetPosition().y, 10 + i});
                world.destroyLater(screw);
                ++m_screwsOut;
            }
        }
        if (m_glued ? m_heat >= 1.f : m_screwsOut == 4) {
            world.destroyJoint("bench.coverHold");
            PhysicsWorld::info(cover).grabbable = true;
            m_benchStep = BenchStep::LiftCover;
            ctx.events.push_back({LevelEvent::Kind::Success, 14.f, 8.f, 0});
        }
    } else if (m_benchStep == BenchStep::LiftCover) {
        if ((cover->GetPosition() - phone->GetPosition()).Length() > 5.5f && world.grabbed() != cover) {
            world.destroyJoint("bench.batteryHold");
            PhysicsWorld::info(world.body("bench.battery")).grabbable = true;
            PhysicsWorld::info(cover).grabbable = false; // put aside
            m_benchStep = BenchStep::OldBattery;
        }
    }
    // The old battery into the collection box, then the new one into its slot.
    if (auto drop = m_benchDrops.step(ctx)) {
        const std::string& name = PhysicsWorld::info(drop->item).name;
        if (m_benchStep == BenchStep::OldBattery && name == "bench.battery" && drop->slot == "bench.bin") {
            ctx.events.push_back(
                {LevelEvent::Kind::Collected, drop->item->GetPosition().x, drop->item->GetPosition().y, 20});
            world.destroyLater(drop->item);
            m_benchStep = BenchStep::NewBattery;
        } else if (m_benchStep == BenchStep::NewBattery && name == "bench.newBattery" &&
                   drop->slot == "bench.slot") {
            DropSlots::snap(ctx, drop->item, "bench.slot"); // it clicks into place: Mobi is repaired
            m_repaired = true;
            m_phases.finishAfter(kCelebrateSteps);
            ctx.events.push_back({LevelEvent::Kind::Success, 14.f, 7.f, 1});
        }
    }
}

void RebirthRules::pushWater(LevelContext& ctx) const {
    const Water water{ctx.data.zone("recycler.water")};
    water.push(ctx.world);
    const float surface = water.zone->y + water.zone->h / 2.f;
    ctx.world.forEachBody([&](b2Body* b) {
        const BodyInfo& info = PhysicsWorld::info(b);
        if (!isSpeck(info) || !water.holds(b->GetPosition())) return;
        const b2Vec2 p = b->GetPosition();
        // A gentle current carries what floats to the skimmer on the right…
        if (info.kind == "plastic" && p.y > surface - 0.6f)
            b->ApplyForceToCenter(b2Vec2(3.f * b->GetMass(), 1.5f * b->GetMass()), true);
        // …and along the bottom, what sank towards the mould, so nothing stays
        // stuck on the slopes. Not the tiny rare-earth specks: they must find
        // the grate's gaps and slip away, as most do in real recycling (R7).
        if (p.y < 3.4f && info.kind != "rare")
            b->ApplyForceToCenter(b2Vec2((p.x < water.zone->x ? 4.f : -4.f) * b->GetMass(), 0.f), true);
    });
}

void RebirthRules::stepRecycler(LevelContext& ctx, const InputFrame& input) {
    PhysicsWorld& world = ctx.world;
    b2Body* magnet = world.body("recycler.magnet");
    // The magnet follows the pointer while it is pressed, or the arrow keys;
    // its rail stops short of the top-right corner, where the hint is.
    if (input.pointerValid && input.pointerDown && input.pointerY > 8.f) m_magnetTarget = input.pointerX;
    m_magnetTarget = std::clamp(m_magnetTarget + 9.f * kDt * static_cast<float>(input.axisX), 4.5f, 17.5f);
    magnet->SetLinearVelocity({std::clamp((m_magnetTarget - magnet->GetPosition().x) * 6.f, -9.f, 9.f), 0.f});

    const bool goalsMet = m_iron >= m_ironGoal && m_gold >= m_goldGoal;
    int specks = 0;
    const b2Vec2 m = magnet->GetPosition();
    world.forEachBody([&](b2Body* b) {
        const BodyInfo& info = PhysicsWorld::info(b);
        if (!isSpeck(info) || world.isDoomed(b)) return;
        ++specks;
        if (info.kind != "iron") return;
        const b2Vec2 d = m - b->GetPosition();
        const float distance = d.Length();
        if (distance < 0.9f) { // caught
            ++m_iron;
            ctx.events.push_back({LevelEvent::Kind::Collected, m.x, m.y, 1});
            world.destroyLater(b);
        } else if (distance < 4.f && d.y > -0.5f) {
            // A strong pull: a child who brings the magnet near the falling iron catches it.
            b->ApplyForceToCenter((90.f * b->GetMass() / std::max(distance * distance, 0.3f) / distance) * d,
                                  true);
        }
    });
    pushWater(ctx);
    if (m_shredder.due(goalsMet || specks >= kMaxSpecks)) {
        // One dead phone's worth, by weight roughly as E2 and E3 say: much metal and plastic, a little gold.
        const float roll = ctx.rng.unit();
        m_shredder.spawn(ctx, roll < 0.35f   ? "iron"
                              : roll < 0.65f ? "plastic"
                              : roll < 0.85f ? "gold"
                                             : "rare");
    }
    if (goalsMet && !m_recyclerDone) {
        // Celebrate the medal, clear the tank, then on to the podium.
        m_recyclerDone = true;
        m_phases.finishAfter(kCelebrateSteps);
        ctx.events.push_back({LevelEvent::Kind::Success, 13.5f, 1.f, 2});
    }
}

void RebirthRules::sortSpecks(LevelContext& ctx) {
    // Where each speck's centre ends up: the mould, the skimmer, or lost under the grate.
    ctx.world.forEachBody([&](b2Body* b) {
        const BodyInfo& info = PhysicsWorld::info(b);
        if (!isSpeck(info) || ctx.world.isDoomed(b)) return;
        const b2Vec2 p = b->GetPosition();
        if (ctx.zones.contains("recycler.mould", p)) {
            if (info.kind == "gold") {
                ++m_gold;
                ctx.events.push_back({LevelEvent::Kind::Collected, p.x, p.y, 3});
            } else if (info.kind == "rare") {
                ++m_rareKept; // a few are caught: recycling keeps about 1 in 100 worldwide (R7)
            } else {
                ++m_ironLost;
            }
            ctx.world.destroyLater(b);
        } else if (ctx.zones.contains("recycler.skimmer", p)) {
            if (info.kind == "plastic") {
                ++m_plastic;
                ctx.events.push_back({LevelEvent::Kind::Collected, p.x, p.y, 2});
            }
            ctx.world.destroyLater(b);
        } else if (ctx.zones.contains("recycler.lost.left", p) ||
                   ctx.zones.contains("recycler.lost.right", p)) {
            if (info.kind == "rare") ++m_rareLost;
            ctx.world.destroyLater(b);
        }
    });
}

void RebirthRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) {
    if (phase() == Phase::Recycler) sortSpecks(ctx);
}

void RebirthRules::stepPodium(LevelContext& ctx) {
    auto drop = m_slots.step(ctx);
    if (!drop) return;
    const std::string& name = PhysicsWorld::info(drop->item).name; // podium.crateN
    const int rank = name.back() - '0';
    const int step = drop->slot.back() - '0';
    // Refuse, reduce, then repair and reuse in either order, then recycle.
    const bool fits =
        step == rank || (rank == kRepair && step == kReuse) || (rank == kReuse && step == kRepair);
    if (!fits || stepFilled(step)) {
        m_slots.refuse(ctx, drop->item, {0.f, -9.f}); // not this step: the crate slides gently back down
        return;
    }
    DropSlots::snap(ctx, drop->item, drop->slot);
    m_onStep[static_cast<std::size_t>(step - 1)] = rank;
    ++m_placed;
    ctx.events.push_back(
        {LevelEvent::Kind::Success, drop->item->GetPosition().x, drop->item->GetPosition().y, 10 + rank});
    if (m_placed == 5 && m_outcome == Outcome::Running) {
        m_outcome = Outcome::Won;
        ctx.events.push_back({LevelEvent::Kind::Success, 16.f, 12.f, 3});
    }
}

GestureCue RebirthRules::cue() const {
    using Kind = GestureCue::Kind;
    switch (phase()) {
    case Phase::Bench:
        switch (m_benchStep) {
        case BenchStep::Open:
            if (m_glued)
                return {Kind::Hold, "bench.cover", "", 0.f}; // the heat gun, held over the glued back
            for (int i = 0; i < 4; ++i)
                if (m_screwTurn[static_cast<std::size_t>(i)] < 1.f)
                    return {Kind::Hold, "bench.screw" + std::to_string(i + 1), "", 0.f};
            return {};
        case BenchStep::LiftCover:
            return {Kind::Drag, "bench.cover", "bench.aside"};
        case BenchStep::OldBattery:
            return {Kind::Drag, "bench.battery", "bench.bin"};
        case BenchStep::NewBattery:
            return {Kind::Drag, "bench.newBattery", "bench.slot"};
        }
        return {};
    case Phase::Recycler:
        return m_recyclerDone ? GestureCue{} : GestureCue{Kind::Sweep, "recycler.magnet", "", 6.f};
    case Phase::Podium:
        // The next step to fill, and a crate that fits it (repair and reuse fit either of their two steps).
        for (int step = 1; step <= 5; ++step) {
            if (stepFilled(step)) continue;
            for (int rank : {step, step == kRepair ? kReuse : step == kReuse ? kRepair : step}) {
                const bool placed = std::find(m_onStep.begin(), m_onStep.end(), rank) != m_onStep.end();
                if (!placed)
                    return {Kind::Drag, "podium.crate" + std::to_string(rank),
                            "podium.slot" + std::to_string(step)};
            }
        }
        return {};
    }
    return {};
}

std::string RebirthRules::hint(int, int) const {
    switch (phase()) {
    case Phase::Bench:
        switch (m_benchStep) {
        case BenchStep::Open:
            return m_glued ? "hint.rebirth.heat" : "hint.rebirth.unscrew";
        case BenchStep::LiftCover:
            return "hint.rebirth.lift";
        case BenchStep::OldBattery:
            return "hint.rebirth.old";
        case BenchStep::NewBattery:
            return "hint.rebirth.new";
        }
        return "";
    case Phase::Recycler:
        return "hint.rebirth.magnet";
    case Phase::Podium:
        return "hint.rebirth.podium";
    }
    return "";
}

std::string RebirthRules::describe() const {
    return std::string("assembly=") + (m_glued ? "glue" : "screws") +
           " phase=" + std::to_string(static_cast<int>(phase())) +
           " bench_step=" + std::to_string(static_cast<int>(m_benchStep)) +
           " screws_out=" + std::to_string(m_screwsOut) + " iron=" + std::to_string(m_iron) +
           " gold=" + std::to_string(m_gold) + " crates=" + std::to_string(m_placed) +
           " wrong=" + std::to_string(wrongTries());
}

void RebirthRules::hash(StateHasher& h) const {
    m_phases.hash(h);
    m_shredder.hash(h);
    m_slots.hash(h);
    h.add(static_cast<int>(m_benchStep));
    h.add(m_repaired);
    h.add(m_heat);
    for (float t : m_screwTurn)
        h.add(t);
    h.add(m_magnetTarget);
    h.add(m_recyclerDone);
    for (int v : {m_iron, m_gold, m_plastic, m_rareLost, m_rareKept, m_ironLost, m_placed})
        h.add(v);
    for (int r : m_onStep)
        h.add(r);
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
