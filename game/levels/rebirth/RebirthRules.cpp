#include "levels/rebirth/RebirthRules.hpp"

#include "core/FixedStep.hpp"
#include "levels/Grabber.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace mobi {
namespace {

const float kDt = static_cast<float>(kStepSeconds);
constexpr float kToolReach = 0.75f; // m: how near a screw the tool must be
constexpr int kCelebrateSteps = 90; // a pause to enjoy each success before the next phase
constexpr float kWaterTop = 5.8f, kTankLeft = 3.f, kTankRight = 24.f;
constexpr int kMaxSpecks = 45; // live specks at once: the shredder waits above this

const char* prefixOf(RebirthRules::Phase phase) {
    switch (phase) {
    case RebirthRules::Phase::Bench:
        return "bench.";
    case RebirthRules::Phase::Recycler:
        return "recycler.";
    case RebirthRules::Phase::Podium:
        return "podium.";
    }
    return "";
}

bool inside(const b2Body* zone, b2Vec2 p) {
    if (!zone) return false;
    for (const b2Fixture* f = zone->GetFixtureList(); f; f = f->GetNext())
        if (f->TestPoint(p)) return true;
    return false;
}

// Where the player is working: the mouse while pressed, or the keyboard hand
// while Space / Enter is held.
bool toolPoint(const LevelContext& ctx, const InputFrame& in, b2Vec2& out) {
    if (in.pointerValid && in.pointerDown) {
        out.Set(in.pointerX, in.pointerY);
        return true;
    }
    if (in.action) {
        out = ctx.grabber.hand();
        return true;
    }
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

RebirthRules::RebirthRules(const Params& p, const LevelOptions& o)
    // Screws until the factory level exists and a player can choose glue there.
    : m_glued(o.choiceOr("assembly", "screws") == "glue"), m_unscrewSeconds(p.get("unscrewSeconds")),
      m_heatSeconds(p.get("heatSeconds")),
      m_ironGoal(o.young ? p.count("ironGoalYoung") : p.count("ironGoalOlder")),
      m_goldGoal(o.young ? p.count("goldGoalYoung") : p.count("goldGoalOlder")),
      m_speckInterval(p.get("speckInterval")) {}

void RebirthRules::start(LevelContext& ctx) {
    enterPhase(ctx, Phase::Bench);
    if (m_glued) // a glued phone has no screws
        for (int i = 1; i <= 4; ++i) {
            ctx.world.destroyJoint("bench.screwHold" + std::to_string(i));
            if (b2Body* screw = ctx.world.body("bench.screw" + std::to_string(i))) screw->SetEnabled(false);
        }
}

void RebirthRules::enterPhase(LevelContext& ctx, Phase phase) {
    m_phase = phase;
    m_phaseSteps = 0;
    ctx.world.release();
    const std::string prefix = prefixOf(phase);
    for (b2Body* b = ctx.world.world().GetBodyList(); b; b = b->GetNext()) {
        const std::string& name = PhysicsWorld::info(b).name;
        if (name.find('.') == std::string::npos) continue; // shared (walls) or spawned
        b->SetEnabled(name.compare(0, prefix.size(), prefix) == 0);
    }
    // The bench and the podium are seen from above: nothing falls there.
    ctx.world.world().SetGravity(phase == Phase::Recycler ? b2Vec2(0.f, ctx.data.gravityY)
                                                          : b2Vec2(0.f, 0.f));
    ctx.events.push_back({LevelEvent::Kind::Phase, 16.f, 8.f, static_cast<int>(phase)});
}

float RebirthRules::progress() const {
    const float benchDone = static_cast<float>(m_benchStep) / 4.f;
    switch (m_phase) {
    case Phase::Bench:
        return benchDone / 3.f;
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
    ++m_phaseSteps;
    ++m_idleSteps;
    if (input.pointerDown || input.axisX != 0 || input.axisY != 0 || input.action) m_idleSteps = 0;
    switch (m_phase) {
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
}

void RebirthRules::stepBench(LevelContext& ctx, const InputFrame& input) {
    PhysicsWorld& world = ctx.world;
    b2Body* cover = world.body("bench.cover");
    b2Body* phone = world.body("bench.phone");
    b2Vec2 tool;
    const bool working = toolPoint(ctx, input, tool);
    switch (m_benchStep) {
    case BenchStep::Open: {
        bool open = false;
        if (m_glued) {
            // The heat gun softens the glue while it is held over the cover.
            if (working && inside(cover, tool)) m_heat = std::min(1.f, m_heat + kDt / m_heatSeconds);
            open = m_heat >= 1.f;
        } else {
            for (int i = 0; i < 4; ++i) {
                b2Body* screw = world.body("bench.screw" + std::to_string(i + 1));
                if (!screw || m_screwTurn[static_cast<std::size_t>(i)] >= 1.f) continue;
                if (!working || (screw->GetPosition() - tool).Length() > kToolReach) continue;
                float& turn = m_screwTurn[static_cast<std::size_t>(i)];
                turn = std::min(1.f, turn + kDt / m_unscrewSeconds);
                if (turn >= 1.f) {
                    world.destroyJoint("bench.screwHold" + std::to_string(i + 1));
                    ctx.events.push_back({LevelEvent::Kind::Collected, screw->GetPosition().x,
                                          screw->GetPosition().y, 10 + i});
                    world.destroyLater(screw);
                    ++m_screwsOut;
                }
            }
            open = m_screwsOut == 4;
        }
        if (open) {
            world.destroyJoint("bench.coverHold");
            if (cover) PhysicsWorld::info(cover).grabbable = true;
            m_benchStep = BenchStep::LiftCover;
            ctx.events.push_back({LevelEvent::Kind::Success, 14.f, 8.f, 0});
        }
        break;
    }
    case BenchStep::LiftCover:
        if (cover && phone && (cover->GetPosition() - phone->GetPosition()).Length() > 5.5f &&
            world.grabbed() != cover) {
            world.destroyJoint("bench.batteryHold");
            if (b2Body* battery = world.body("bench.battery")) PhysicsWorld::info(battery).grabbable = true;
            PhysicsWorld::info(cover).grabbable = false; // put aside: it comes back on at the end
            m_benchStep = BenchStep::OldBattery;
        }
        break;
    case BenchStep::OldBattery: {
        b2Body* battery = world.body("bench.battery");
        if (battery && world.grabbed() != battery &&
            inside(world.body("bench.bin"), battery->GetPosition())) {
            ctx.events.push_back(
                {LevelEvent::Kind::Collected, battery->GetPosition().x, battery->GetPosition().y, 20});
            world.destroyLater(battery);
            m_benchStep = BenchStep::NewBattery;
        }
        break;
    }
    case BenchStep::NewBattery: {
        b2Body* fresh = world.body("bench.newBattery");
        b2Body* slot = world.body("bench.slot");
        if (fresh && slot && PhysicsWorld::info(fresh).grabbable && world.grabbed() != fresh &&
            inside(slot, fresh->GetPosition())) {
            // It clicks into place: Mobi is repaired.
            fresh->SetTransform(slot->GetPosition(), 0.f);
            fresh->SetLinearVelocity({0.f, 0.f});
            fresh->SetAngularVelocity(0.f);
            PhysicsWorld::info(fresh).grabbable = false;
            m_phaseSteps = 0;
            ctx.events.push_back({LevelEvent::Kind::Success, 14.f, 7.f, 1});
        }
        if (fresh && !PhysicsWorld::info(fresh).grabbable && m_phaseSteps > kCelebrateSteps)
            enterPhase(ctx, Phase::Recycler);
        break;
    }
    }
}

void RebirthRules::spawnSpeck(LevelContext& ctx) {
    Rng& rng = ctx.rng;
    const float roll = rng.unit();
    // One dead phone's worth, by weight roughly as E2 and E3 say: much metal and plastic, a little gold.
    const int kind = roll < 0.35f ? Iron : roll < 0.65f ? Plastic : roll < 0.85f ? Gold : RareEarth;
    b2BodyDef def;
    def.type = b2_dynamicBody;
    // All along the wide chute: the player follows the falling iron with the magnet.
    def.position.Set(rng.uniform(6.4f, 15.6f), 14.2f);
    def.linearVelocity.Set(rng.uniform(-1.5f, 1.5f), -1.f);
    def.angle = rng.uniform(0.f, 6.28f);
    b2Body* body = ctx.world.createBody(def, BodyInfo{"", kind, 0, false});
    b2FixtureDef fixture;
    b2PolygonShape box;
    b2CircleShape circle;
    switch (kind) {
    case Iron:
        box.SetAsBox(0.13f, 0.13f);
        fixture.shape = &box;
        fixture.density = 7.8f;
        fixture.friction = 0.1f;
        break;
    case Plastic:
        circle.m_radius = 0.2f;
        fixture.shape = &circle;
        fixture.density = 0.5f; // lighter than water: it floats
        fixture.friction = 0.3f;
        break;
    case Gold:
        circle.m_radius = 0.11f; // too big for the grate's 0.16 m gaps
        fixture.shape = &circle;
        fixture.density = 19.f;
        fixture.friction = 0.2f;
        break;
    default: // rare earth: tiny, it slips through the grate
        circle.m_radius = 0.06f;
        fixture.shape = &circle;
        fixture.density = 7.f;
        fixture.friction = 0.1f;
        break;
    }
    fixture.restitution = 0.1f;
    ctx.world.addFixture(body, fixture, "speck");
}

void RebirthRules::pushWater(LevelContext& ctx) {
    for (b2Body* b = ctx.world.world().GetBodyList(); b; b = b->GetNext()) {
        if (PhysicsWorld::info(b).kind == 0) continue;
        const b2Vec2 p = b->GetPosition();
        if (p.x < kTankLeft || p.x > kTankRight || p.y > kWaterTop) continue;
        // Buoyancy of a 2-D body: water density 1 times its area, against gravity.
        const float area = b->GetMass() / b->GetFixtureList()->GetDensity();
        b->ApplyForceToCenter(b2Vec2(0.f, 9.8f * area) - b->GetMass() * 2.5f * b->GetLinearVelocity(), true);
        // A gentle current carries what floats to the skimmer on the right…
        if (PhysicsWorld::info(b).kind == Plastic && p.y > kWaterTop - 0.6f)
            b->ApplyForceToCenter(b2Vec2(3.f * b->GetMass(), 1.5f * b->GetMass()), true);
        // …and along the bottom, what sank towards the mould, so nothing stays
        // stuck on the slopes. Not the tiny rare-earth specks: they must find
        // the grate's gaps and slip away, as most do in real recycling (R7).
        if (p.y < 3.4f && PhysicsWorld::info(b).kind != RareEarth)
            b->ApplyForceToCenter(b2Vec2((p.x < 13.5f ? 4.f : -4.f) * b->GetMass(), 0.f), true);
    }
}

void RebirthRules::stepRecycler(LevelContext& ctx, const InputFrame& input) {
    PhysicsWorld& world = ctx.world;
    b2Body* magnet = world.body("recycler.magnet");
    if (!magnet) return;
    // The magnet follows the pointer while it is pressed, or the arrow keys.
    if (input.pointerValid && input.pointerDown && input.pointerY > 8.f) m_magnetTarget = input.pointerX;
    // The rail stops short of the top-right corner, where the hint is.
    m_magnetTarget = std::clamp(m_magnetTarget + 9.f * kDt * static_cast<float>(input.axisX), 4.5f, 17.5f);
    const float dx = m_magnetTarget - magnet->GetPosition().x;
    magnet->SetLinearVelocity({std::clamp(dx * 6.f, -9.f, 9.f), 0.f});

    const bool goalsMet = m_iron >= m_ironGoal && m_gold >= m_goldGoal;
    int specks = 0;
    const b2Vec2 m = magnet->GetPosition();
    for (b2Body* b = world.world().GetBodyList(); b; b = b->GetNext()) {
        const int kind = PhysicsWorld::info(b).kind;
        if (kind == 0 || world.isDoomed(b)) continue;
        ++specks;
        if (kind != Iron) continue;
        const b2Vec2 d = m - b->GetPosition();
        const float distance = d.Length();
        if (distance < 0.9f) { // caught
            ++m_iron;
            ctx.events.push_back({LevelEvent::Kind::Collected, m.x, m.y, Iron});
            world.destroyLater(b);
        } else if (distance < 4.f && d.y > -0.5f) {
            // A strong pull: a child who brings the magnet near the falling iron catches it.
            b->ApplyForceToCenter((90.f * b->GetMass() / std::max(distance * distance, 0.3f) / distance) * d,
                                  true);
        }
    }
    pushWater(ctx);
    if (!goalsMet && specks < kMaxSpecks) {
        m_speckTimer -= kDt;
        if (m_speckTimer <= 0.f) {
            spawnSpeck(ctx);
            m_speckTimer += m_speckInterval;
        }
    }
    if (goalsMet) {
        // Celebrate the medal, clear the tank, then on to the podium.
        if (!m_recyclerDone) {
            m_recyclerDone = true;
            m_phaseSteps = 0;
            ctx.events.push_back({LevelEvent::Kind::Success, 13.5f, 1.f, 2});
        }
        if (m_phaseSteps > kCelebrateSteps) {
            for (b2Body* b = world.world().GetBodyList(); b; b = b->GetNext())
                if (PhysicsWorld::info(b).kind != 0) world.destroyLater(b);
            enterPhase(ctx, Phase::Podium);
        }
    }
}

void RebirthRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) {
    if (m_phase != Phase::Recycler) return;
    PhysicsWorld& world = ctx.world;
    const b2Body* mould = world.body("recycler.mould");
    const b2Body* skimmer = world.body("recycler.skimmer");
    const b2Body* lost = world.body("recycler.lost");
    for (b2Body* b = world.world().GetBodyList(); b; b = b->GetNext()) {
        const int kind = PhysicsWorld::info(b).kind;
        if (kind == 0 || world.isDoomed(b)) continue;
        const b2Vec2 p = b->GetPosition();
        if (inside(mould, p)) {
            if (kind == Gold) {
                ++m_gold;
                ctx.events.push_back({LevelEvent::Kind::Collected, p.x, p.y, Gold});
            } else if (kind == RareEarth) {
                ++m_rareKept; // a few are caught: recycling keeps about 1 in 100 worldwide (R7)
            } else {
                ++m_ironLost;
            }
            world.destroyLater(b);
        } else if (inside(skimmer, p)) {
            if (kind == Plastic) {
                ++m_plastic;
                ctx.events.push_back({LevelEvent::Kind::Collected, p.x, p.y, Plastic});
            }
            world.destroyLater(b);
        } else if (inside(lost, p)) {
            if (kind == RareEarth) ++m_rareLost;
            world.destroyLater(b);
        }
    }
}

void RebirthRules::stepPodium(LevelContext& ctx) {
    PhysicsWorld& world = ctx.world;
    for (int rank = 1; rank <= 5; ++rank) {
        if (m_crateDone[static_cast<std::size_t>(rank - 1)]) continue;
        b2Body* crate = world.body("podium.crate" + std::to_string(rank));
        if (!crate || world.grabbed() == crate) continue;
        for (int step = 1; step <= 5; ++step) {
            b2Body* slot = world.body("podium.slot" + std::to_string(step));
            if (!inside(slot, crate->GetPosition())) continue;
            if (step == rank) {
                crate->SetTransform(slot->GetPosition(), 0.f);
                crate->SetType(b2_staticBody);
                PhysicsWorld::info(crate).grabbable = false;
                m_crateDone[static_cast<std::size_t>(rank - 1)] = true;
                ++m_placed;
                ctx.events.push_back(
                    {LevelEvent::Kind::Success, slot->GetPosition().x, slot->GetPosition().y, 10 + rank});
            } else {
                // Not this step: the crate slides gently back down.
                crate->SetLinearVelocity({0.f, -9.f});
                ++m_wrongTries;
                ctx.events.push_back(
                    {LevelEvent::Kind::Oops, crate->GetPosition().x, crate->GetPosition().y, rank});
            }
            break;
        }
    }
    if (m_placed == 5 && m_outcome == Outcome::Running) {
        m_outcome = Outcome::Won;
        ctx.events.push_back({LevelEvent::Kind::Success, 16.f, 12.f, 3});
    }
}

std::string RebirthRules::describe() const {
    return "phase=" + std::to_string(static_cast<int>(m_phase)) +
           " bench_step=" + std::to_string(static_cast<int>(m_benchStep)) +
           " screws_out=" + std::to_string(m_screwsOut) + " iron=" + std::to_string(m_iron) +
           " gold=" + std::to_string(m_gold) + " crates=" + std::to_string(m_placed);
}

void RebirthRules::hash(StateHasher& h) const {
    h.add(static_cast<int>(m_phase));
    h.add(static_cast<int>(m_benchStep));
    h.add(m_heat);
    for (float t : m_screwTurn)
        h.add(t);
    h.add(m_magnetTarget);
    h.add(m_speckTimer);
    h.add(m_recyclerDone);
    for (int n : {m_iron, m_gold, m_plastic, m_rareLost, m_rareKept, m_ironLost, m_placed, m_wrongTries,
                  m_phaseSteps})
        h.add(n);
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
