// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/journey/JourneyRules.hpp"

#include "core/FixedStep.hpp"
#include "levels/Grabber.hpp"
#include "levels/Zones.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mobi {
namespace {

const float kDt = static_cast<float>(kStepSeconds);
const b2Vec2 kParcelHome{16.f, 3.3f};
constexpr float kQuayTop = 5.f, kTarmacTop = 2.f, kQuayEnd = 11.4f;
// A crate whose side is this near its end of the deck (m from the middle) is against the
// rail (its inner side at 4.5 m), riding up over it: the hand shows to bring it back.
constexpr float kNearEnd = 4.6f;
constexpr float kDeckX = 20.5f, kCraneTop = 10.f, kWater = 3.3f, kCraneSpeed = 6.f;
constexpr float kDeckHalfHeight = 0.3f; // the deck's box in the level file, from its middle to its planks
constexpr float kLetGoAbove = 1.5f;     // the crane lets go this high above the planks: a short drop
constexpr uint16 kCrateBit =
    0x0002; // the crates' collision category, so the carried one can pass through the rest
constexpr int kPutDownSteps = 45; // at most this long to finish a quick drag onto the deck
constexpr float kPutDownSeconds = 0.12f, kPutDownSpeed = 12.f;
constexpr float kDeckHalfLength = 4.8f; // the deck's box in the level file, from its middle to an end
constexpr float kPutDownHeight = 7.6f;  // a crate this high clears the deck's rails
constexpr float kLetGoSpeed = 1.f;      // m/s: the most a crate keeps of its carrying speed when let go
constexpr float kLevelSeconds = 0.25f;  // how fast a carried crate is brought level
constexpr float kSpotReach = 3.2f;      // how far from the middle the crane may put a crate down
constexpr int kSettleSteps = 30;        // the load stands still aboard before the ship sets off
constexpr int kPickSteps = 40;          // the parcel sits on its vehicle a moment before it leaves
constexpr int kArriveSteps = 90;        // a moment to enjoy the arrival
constexpr int kBobSteps = 50;           // a fallen crate floats on its buoy before the crane comes
constexpr float kPaceSpread = 0.12f;    // a crossing's waves come up to this much faster or slower

void setSensor(b2Body* body, bool sensor) {
    for (b2Fixture* f = body->GetFixtureList(); f; f = f->GetNext())
        f->SetSensor(sensor);
}

float clampSpeed(float v) { return std::clamp(v, -kCraneSpeed, kCraneSpeed); }

} // namespace

const char* JourneyRules::wayName(Way w) {
    switch (w) {
    case Way::Plane:
        return "plane";
    case Way::Ship:
        return "ship";
    case Way::Train:
        return "train";
    case Way::Van:
        return "van";
    case Way::Bike:
        return "bike";
    case Way::None:
        break;
    }
    return "none";
}

std::vector<ParamSpec> JourneyRules::paramSpecs() {
    return {
        {"tripSeconds", 16.f, 3.f, 120.f, "s"}, // a crossing by ship or train, the load all aboard
        {"flightSeconds", 3.f, 1.f, 30.f, "s"}, // the plane: there almost at once
        {"rideSeconds", 5.f, 1.f, 60.f, "s"},   // leg 4, driven all the way
        {"wavePeriod", 3.5f, 1.f, 10.f, "s"},   // one rock of the deck, there and back
        {"waveDegrees", 5.f, 0.f, 30.f, "deg"}, // an ordinary rock
        {"swellEvery", 3.f, 1.f, 10.f, ""},     // every third rock is a big wave
        {"youngSwellDegrees", 10.f, 0.f, 40.f, "deg"},
        {"swellDegrees", 14.f, 0.f, 40.f, "deg"},
        {"challengeSwellDegrees", 19.f, 0.f, 40.f, "deg"},
        {"landRock", 0.6f, 0.f, 1.f, ""}, // a wagon over hills rocks this much of a ship…
        {"seaHeave", 0.25f, 0.f, 2.f, "m"},
        {"landHeave", 0.5f, 0.f, 2.f, "m"},  // …but rises and falls more
        {"lessMotion", 0.35f, 0.f, 1.f, ""}, // low detail: this much of the rocking
        {"leg1Sea", 1.f, 0.f, 1.f, ""},      // 1: the slow way crosses the sea (a ship); 0: a train
        {"leg2Sea", 1.f, 0.f, 1.f, ""},
        {"leg3Sea", 0.f, 0.f, 1.f, ""},
        // The challenge's time, in whole minutes: the intro card says minutes.
        {"challengeSeconds", 300.f, 60.f, 1200.f, "s"},
    };
}

LevelNeeds JourneyRules::needs() {
    LevelNeeds needs{{"parcel", "quay", "deck", "tarmac"},
                     {"pick.plane", "pick.slow", "deck.load", "overboard", "hold", "vehicle", "shop",
                      "place.mine", "place.parts", "place.assembly", "place.hub", "place.shop"},
                     {},
                     {"map", "slow", "hold", "ride"},
                     {}};
    for (int i = 1; i <= 3; ++i)
        needs.bodies.push_back("crate.wide" + std::to_string(i));
    for (int i = 1; i <= kMaxCrates; ++i) {
        needs.bodies.push_back("crate." + std::to_string(i));
        needs.zones.push_back("hold." + std::to_string(i));
    }
    return needs;
}

LevelGoal JourneyRules::goalFor(const Params& p, const LevelOptions&) {
    return {kLegs, true, p.get("challengeSeconds")};
}

namespace {
RockingDeck::Setup deckSetup(const Params& p, const LevelOptions& o, bool sea) {
    const float rock = sea ? 1.f : p.get("landRock");
    const bool challenge = o.challenge && !o.young;
    const float swell = p.get(o.young     ? "youngSwellDegrees"
                              : challenge ? "challengeSwellDegrees"
                                          : "swellDegrees");
    return {"deck",
            p.get("waveDegrees") * rock,
            p.get("wavePeriod"),
            p.get(sea ? "seaHeave" : "landHeave"),
            static_cast<int>(p.get("swellEvery")),
            swell * rock};
}
} // namespace

JourneyRules::JourneyRules(const Params& p, const LevelOptions& o)
    : m_young(o.young), m_challenge(o.challenge && !o.young), m_lessMotion(o.lessMotion),
      m_tripSeconds(p.get("tripSeconds")), m_flightSeconds(p.get("flightSeconds")),
      m_rideSeconds(p.get("rideSeconds")), m_challengeSeconds(p.get("challengeSeconds")),
      m_seaSetup(deckSetup(p, o, true)), m_landSetup(deckSetup(p, o, false)),
      m_calmWhenLess(p.get("lessMotion")), m_deck(m_seaSetup) {
    m_sea = {p.get("leg1Sea") >= 0.5f, p.get("leg2Sea") >= 0.5f, p.get("leg3Sea") >= 0.5f};
    // 6–8 load three wide crates; 9–12 four narrower ones, five in the challenge.
    if (m_young)
        for (int i = 1; i <= 3; ++i)
            m_crates.push_back("crate.wide" + std::to_string(i));
    else
        for (int i = 1; i <= (m_challenge ? 5 : 4); ++i)
            m_crates.push_back("crate." + std::to_string(i));
}

void JourneyRules::start(LevelContext& ctx) {
    m_planeCloud = ctx.data.footprint.planeCloud;
    enterPhase(ctx, Phase::Map);
}

float JourneyRules::secondsLeft() const {
    return std::max(0.f, m_challengeSeconds - static_cast<float>(m_steps) * kDt);
}

float JourneyRules::legFraction() const { return m_legsDone >= kLegs ? 0.f : std::min(1.f, m_travelled); }

std::vector<float> JourneyRules::clouds() const {
    std::vector<float> out;
    for (int leg = 0; leg < 3; ++leg) {
        const Way w = m_ways[static_cast<std::size_t>(leg)];
        if (w == Way::Plane) out.push_back(m_planeCloud);
        if (w == Way::Ship || w == Way::Train) out.push_back(1.f);
    }
    return out;
}

std::map<std::string, std::string> JourneyRules::choicesMade() const {
    std::map<std::string, std::string> made;
    for (int leg = 0; leg < kLegs; ++leg)
        if (m_ways[static_cast<std::size_t>(leg)] != Way::None)
            made["leg" + std::to_string(leg + 1)] = wayName(m_ways[static_cast<std::size_t>(leg)]);
    return made;
}

void JourneyRules::enterPhase(LevelContext& ctx, Phase p) {
    m_phases.enter(ctx, static_cast<std::size_t>(p));
    m_stage = Stage::Loading;
    m_travelled = 0.f;
    m_travelSteps = m_arrivedSteps = m_settled = m_aboard = m_inHold = 0;
    m_pickedSteps = -1;
    m_motion = 0.f;
    // The crates belong to no phase (the level file's): in play only where they are loaded.
    for (const BodyData& b : ctx.data.bodies)
        if (b.kind == "crate") ctx.world.body(b.name)->SetEnabled(false);
    m_fish = {};
    m_notAboard.fill(true);
    m_nearEnd.fill(false);
    m_loaded.fill(false);
    if (p == Phase::Map) {
        b2Body* parcel = ctx.world.body("parcel");
        parcel->SetType(b2_dynamicBody);
        parcel->SetTransform(kParcelHome, 0.f);
        parcel->SetLinearVelocity({0.f, 0.f});
        PhysicsWorld::info(parcel).grabbable = true;
    } else if (p == Phase::Slow) {
        m_deck = RockingDeck(bySea(m_leg) ? m_seaSetup : m_landSetup);
        placeCrates(ctx, kQuayTop);
    } else if (p == Phase::Hold) {
        placeCrates(ctx, kTarmacTop);
    }
}

void JourneyRules::placeCrates(LevelContext& ctx, float groundTop) {
    // In a row from the left, on the quay or the tarmac.
    for (std::size_t i = 0; i < m_crates.size(); ++i) {
        b2Body* body = ctx.world.body(m_crates[i]);
        const ShapeData& shape = ctx.data.body(m_crates[i])->shapes.front();
        // (The level file's crates fit in one row: five narrow ones or three wide ones.)
        const float gap = std::min(0.35f, (kQuayEnd - 1.2f) / static_cast<float>(m_crates.size()) - shape.w);
        const b2Vec2 at{1.2f + shape.w / 2.f + static_cast<float>(i) * (shape.w + gap),
                        groundTop + shape.h / 2.f};
        body->SetEnabled(true);
        body->SetType(b2_dynamicBody);
        setSensor(body, false);
        body->SetTransform(at, 0.f);
        body->SetLinearVelocity({0.f, 0.f});
        body->SetAngularVelocity(0.f);
        body->SetAwake(true);
        PhysicsWorld::info(body).grabbable = true;
        m_putDown[i] = {};
    }
}

void JourneyRules::passOver(LevelContext& ctx) {
    // Crates waiting in their row pass over one another, and the one carried passes through
    // all the others: taking one, or carrying it over the load, never knocks a crate into
    // the water. Once let go aboard, they stack and bump.
    const b2Body* carried = ctx.world.grabbed();
    for (std::size_t i = 0; i < m_crates.size(); ++i) {
        b2Body* b = ctx.world.body(m_crates[i]);
        PutDown& put = m_putDown[i];
        if (m_wasCarried[i] && b != carried) {
            // Let go over the deck while the crate, swinging on the hand's spring, still
            // lags behind over the water (a quick flick of the mouse): it goes on to where
            // it was let go, and is put down there, not thrown.
            put.steps = 0;
            const bool overPlanks = std::abs(b->GetPosition().x - kDeckX) < kDeckHalfLength - 0.5f;
            // Where it was let go: the mouse, or the keyboard hand (Grabber::hand is either).
            const b2Vec2 hand = ctx.grabber.hand();
            if (ctx.zones.contains("deck.load", hand) && !overPlanks) {
                put.steps = kPutDownSteps;
                put.to = hand;
            }
            const b2Vec2 v = b->GetLinearVelocity();
            if (v.Length() > kLetGoSpeed) b->SetLinearVelocity((kLetGoSpeed / v.Length()) * v);
            b->SetAngularVelocity(0.f);
        }
        if (b == carried) put.steps = 0;
        if (put.steps > 0) {
            // Up first, if it hangs below the deck's rail beside the ship, then across and down.
            const b2Vec2 at = b->GetPosition();
            const bool beside = std::abs(at.x - kDeckX) > kDeckHalfLength;
            const b2Vec2 gap =
                beside && at.y < kPutDownHeight ? b2Vec2{0.f, kPutDownHeight + 0.3f - at.y} : put.to - at;
            b2Vec2 v = (1.f / kPutDownSeconds) * gap;
            if (v.Length() > kPutDownSpeed) v *= kPutDownSpeed / v.Length();
            const bool there = !beside && gap.Length() < 0.2f;
            b->SetLinearVelocity(--put.steps == 0 || there ? b2Vec2{0.f, 0.f} : v);
            if (there) put.steps = 0;
        }
        m_wasCarried[i] = b == carried;
        const int16 group = b->GetPosition().x < kQuayEnd + 0.5f ? -1 : 0;
        const uint16 mask = b == carried || put.steps > 0 ? static_cast<uint16>(~kCrateBit) : 0xFFFF;
        // Carried, a crate is held level, as a child carries a box: let go, it lands flat
        // instead of on a corner that would throw it across the deck.
        if (b == carried) b->SetAngularVelocity(-b->GetAngle() / kLevelSeconds);
        for (b2Fixture* f = b->GetFixtureList(); f; f = f->GetNext()) {
            b2Filter filter = f->GetFilterData();
            if (filter.groupIndex == group && filter.maskBits == mask && filter.categoryBits == kCrateBit)
                continue;
            filter.groupIndex = group;
            filter.maskBits = mask;
            filter.categoryBits = kCrateBit;
            f->SetFilterData(filter);
        }
    }
}

void JourneyRules::step(LevelContext& ctx, const InputFrame& input) {
    ++m_steps;
    m_phases.step(ctx);
    if (phase() == Phase::Slow || phase() == Phase::Hold) passOver(ctx);
    switch (phase()) {
    case Phase::Map:
        stepMap(ctx);
        break;
    case Phase::Slow:
        stepSlow(ctx);
        break;
    case Phase::Hold:
        stepHold(ctx);
        break;
    case Phase::Ride:
        stepRide(ctx, input);
        break;
    }
    if (m_outcome == Outcome::Running && m_challenge && secondsLeft() <= 0.f) m_outcome = Outcome::Lost;
}

void JourneyRules::stepMap(LevelContext& ctx) {
    // The ghost hand shows one way, and the other the next time it comes back to an idle
    // player: both are offered, neither is preferred.
    if (ctx.idleSteps > 0 && ctx.idleSteps % CueTimer::kIdleSteps == 0) m_cueToPlane = !m_cueToPlane;
    if (m_pickedSteps >= 0) {
        if (++m_pickedSteps < kPickSteps) return;
        const Way w = m_ways[static_cast<std::size_t>(m_leg)];
        enterPhase(ctx, w == Way::Plane                       ? Phase::Hold
                        : (w == Way::Ship || w == Way::Train) ? Phase::Slow
                                                              : Phase::Ride);
        return;
    }
    auto drop = m_picks.step(ctx);
    if (!drop || PhysicsWorld::info(drop->item).name != "parcel") return;
    const bool plane = drop->slot == "pick.plane";
    Way w = plane ? Way::Plane : bySea(m_leg) ? Way::Ship : Way::Train;
    if (m_leg == 3) w = plane ? Way::Van : Way::Bike; // the last leg: the van stands left, the bike right
    m_ways[static_cast<std::size_t>(m_leg)] = w;
    DropSlots::snap(ctx, drop->item, drop->slot);
    m_pickedSteps = 0;
    ctx.events.push_back({LevelEvent::Kind::Success, drop->item->GetPosition().x, drop->item->GetPosition().y,
                          static_cast<int>(w)});
}

void JourneyRules::stepSlow(LevelContext& ctx) {
    const float target = m_stage == Stage::Travelling ? 1.f : 0.f;
    // Eased in as the ship sets off and out as it comes in: the deck never jerks.
    m_motion = target > m_motion ? std::min(target, m_motion + kDt) : std::max(target, m_motion - kDt);
    m_deck.step(ctx, m_motion * (m_lessMotion ? m_calmWhenLess : 1.f));
    stepFishing(ctx);

    m_aboard = 0;
    bool anyFishing = false;
    for (std::size_t i = 0; i < m_crates.size(); ++i) {
        const b2Body* b = ctx.world.body(m_crates[i]);
        anyFishing = anyFishing || m_fish[i].stage != Fish::None;
        const bool aboard = m_fish[i].stage == Fish::None && ctx.world.grabbed() != b &&
                            ctx.zones.contains("deck.load", b->GetPosition());
        m_aboard += aboard ? 1 : 0;
        m_notAboard[i] = !aboard && m_fish[i].stage == Fish::None;
        const float halfWidth = ctx.data.body(m_crates[i])->shapes.front().w / 2.f;
        m_nearEnd[i] = aboard && std::abs(b->GetPosition().x - kDeckX) + halfWidth > kNearEnd;
        m_crateX[i] = b->GetPosition().x;
    }
    const int all = static_cast<int>(m_crates.size());
    switch (m_stage) {
    case Stage::Loading:
        m_settled = m_aboard == all ? m_settled + 1 : 0;
        if (m_settled >= kSettleSteps) {
            // Off it goes: the quay is left behind, and anything that falls now falls in the water.
            m_stage = Stage::Travelling;
            // No two crossings alike: the waves' pace varies a little from one to the next.
            RockingDeck::Setup sea = bySea(m_leg) ? m_seaSetup : m_landSetup;
            sea.periodSeconds *= ctx.rng.uniform(1.f - kPaceSpread, 1.f + kPaceSpread);
            m_deck = RockingDeck(sea);
            ctx.world.body("quay")->SetEnabled(false);
            ctx.events.push_back({LevelEvent::Kind::Phase, kDeckX, 6.f, 10});
        }
        break;
    case Stage::Travelling:
        // The trip waits for the crane: a crate in the water is never left behind.
        if (!anyFishing) ++m_travelSteps;
        m_travelled = static_cast<float>(m_travelSteps) * kDt / m_tripSeconds;
        if (m_travelled >= 1.f) {
            m_stage = Stage::Arrived;
            ctx.events.push_back({LevelEvent::Kind::Success, kDeckX, 6.f, 10});
        }
        break;
    case Stage::Arrived:
        if (!anyFishing && ++m_arrivedSteps >= kArriveSteps) legDone(ctx);
        break;
    }
}

void JourneyRules::stepFishing(LevelContext& ctx) {
    for (std::size_t i = 0; i < m_crates.size(); ++i) {
        Fish& f = m_fish[i];
        b2Body* b = ctx.world.body(m_crates[i]);
        const b2Vec2 at = b->GetPosition();
        if (f.stage == Fish::Bobbing) {
            b->SetLinearVelocity({0.f, clampSpeed((kWater - at.y) / 0.3f)}); // up to the buoy on the surface
            if (++f.steps >= kBobSteps) {
                f.stage = Fish::Lifting;
                f.toX = freeSpot(ctx, i);
            }
        } else if (f.stage == Fish::Lifting) {
            // The crane's hook: straight up, then across to above the deck.
            const bool up = at.y >= kCraneTop - 0.05f;
            b->SetLinearVelocity(
                {up ? clampSpeed((f.toX - at.x) / kDt) : 0.f, clampSpeed((kCraneTop - at.y) / kDt)});
            b->SetAngularVelocity(-b->GetAngle() / 0.5f);
            if (up && std::abs(at.x - f.toX) < 0.05f) f.stage = Fish::Lowering;
        } else if (f.stage == Fish::Lowering) {
            // Then down to just above the deck where it is emptiest, and let go there: dropped
            // from high up, a crate would bounce off its neighbours and back into the water.
            const b2Body* deck = ctx.world.body("deck");
            const float deckAngle = deck->GetAngle();
            const float surface = deck->GetPosition().y + kDeckHalfHeight +
                                  std::tan(deckAngle) * (f.toX - deck->GetPosition().x);
            const float letGo = surface + kLetGoAbove;
            b->SetLinearVelocity({clampSpeed((f.toX - at.x) / kDt), clampSpeed((letGo - at.y) / kDt)});
            b->SetAngularVelocity((deckAngle - b->GetAngle()) / 0.2f);
            if (at.y <= letGo + 0.05f) {
                b->SetType(b2_dynamicBody);
                b->SetLinearVelocity(deck->GetLinearVelocity());
                b->SetAngularVelocity(0.f);
                setSensor(b, false);
                PhysicsWorld::info(b).grabbable = true;
                f = {};
                ++m_fished;
                ctx.events.push_back({LevelEvent::Kind::Collected, at.x, at.y, static_cast<int>(i)});
            }
        }
    }
}

float JourneyRules::freeSpot(const LevelContext& ctx, std::size_t crate) const {
    // The crane lets the crate down where the deck is emptiest: the spot farthest from every
    // other crate aboard, kept off the rails at the deck's ends.
    float best = kDeckX, room = -1.f;
    for (float x = kDeckX - kSpotReach; x <= kDeckX + kSpotReach + 0.01f; x += 0.25f) {
        float nearest = 1e9f;
        for (std::size_t j = 0; j < m_crates.size(); ++j)
            if (j != crate && m_fish[j].stage == Fish::None)
                nearest = std::min(nearest, std::abs(ctx.world.body(m_crates[j])->GetPosition().x - x));
        // Ties go to the spot nearer the middle, where the rocking moves it least.
        if (nearest > room + 0.01f ||
            (std::abs(nearest - room) <= 0.01f && std::abs(x - kDeckX) < std::abs(best - kDeckX))) {
            room = nearest;
            best = x;
        }
    }
    return best;
}

void JourneyRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) {
    if (phase() != Phase::Slow) return;
    // A crate that fell in the water (or beside the rails) floats on a buoy until the crane fishes it out.
    for (std::size_t i = 0; i < m_crates.size(); ++i) {
        b2Body* b = ctx.world.body(m_crates[i]);
        if (m_fish[i].stage != Fish::None || ctx.world.grabbed() == b ||
            !ctx.zones.contains("overboard", b->GetPosition()))
            continue;
        m_fish[i] = {Fish::Bobbing, 0, kDeckX};
        b->SetType(b2_kinematicBody);
        setSensor(b, true);
        PhysicsWorld::info(b).grabbable = false;
        b->SetAngularVelocity(0.f);
        ctx.events.push_back(
            {LevelEvent::Kind::Dropped, b->GetPosition().x, b->GetPosition().y, static_cast<int>(i)});
    }
}

void JourneyRules::stepHold(LevelContext& ctx) {
    const int all = static_cast<int>(m_crates.size());
    switch (m_stage) {
    case Stage::Loading:
        if (auto drop = m_hold.step(ctx)) {
            if (PhysicsWorld::info(drop->item).kind != "crate") break;
            DropSlots::snap(ctx, drop->item, "hold." + std::to_string(++m_inHold));
            for (std::size_t i = 0; i < m_crates.size(); ++i)
                m_loaded[i] = m_loaded[i] || m_crates[i] == PhysicsWorld::info(drop->item).name;
            setSensor(drop->item, true); // in the hold, out of the way of the next one
            ctx.events.push_back(
                {LevelEvent::Kind::Success, drop->item->GetPosition().x, drop->item->GetPosition().y, 0});
        }
        if (m_inHold == all) m_stage = Stage::Travelling;
        break;
    case Stage::Travelling:
        ++m_travelSteps;
        m_travelled = static_cast<float>(m_travelSteps) * kDt / m_flightSeconds;
        if (m_travelled >= 1.f) {
            m_stage = Stage::Arrived;
            ctx.events.push_back({LevelEvent::Kind::Success, 24.f, 9.f, 11});
        }
        break;
    case Stage::Arrived:
        if (++m_arrivedSteps >= kArriveSteps) legDone(ctx);
        break;
    }
}

void JourneyRules::stepRide(LevelContext& ctx, const InputFrame& input) {
    if (m_stage == Stage::Arrived) return;
    b2Vec2 tool;
    // Holding drives at full speed; let go, it still goes, slowly: the shop is always reached.
    const bool driving = !ctx.world.grabbed() && ctx.grabber.toolPoint(input, tool);
    m_stage = Stage::Travelling;
    ++m_travelSteps;
    m_travelled = std::min(1.f, m_travelled + kDt / m_rideSeconds * (driving ? 1.f : 0.35f));
    if (m_travelled >= 1.f) {
        m_stage = Stage::Arrived;
        legDone(ctx);
    }
}

void JourneyRules::legDone(LevelContext& ctx) {
    ++m_legsDone;
    m_travelled = 0.f;
    if (m_legsDone >= kLegs) {
        m_leg = kLegs - 1;
        if (m_outcome == Outcome::Running) m_outcome = Outcome::Won; // Mobi is at the shop
        ctx.events.push_back({LevelEvent::Kind::Success, 27.f, 5.f, 12});
        return;
    }
    ++m_leg;
    enterPhase(ctx, Phase::Map);
}

GestureCue JourneyRules::cue() const {
    const auto crateCue = [&](auto wanted, const char* to) -> GestureCue {
        for (std::size_t i = 0; i < m_crates.size(); ++i)
            if (wanted(static_cast<int>(i))) return {GestureCue::Kind::Drag, m_crates[i], to};
        return {};
    };
    switch (phase()) {
    case Phase::Map:
        if (m_pickedSteps >= 0) return {};
        // Either way will do: the hand shows one, then the other.
        return {GestureCue::Kind::Drag, "parcel", m_cueToPlane ? "pick.plane" : "pick.slow"};
    case Phase::Slow:
        if (m_stage == Stage::Loading)
            return crateCue(
                [&](int i) {
                    return m_fish[static_cast<std::size_t>(i)].stage == Fish::None &&
                           m_notAboard[static_cast<std::size_t>(i)];
                },
                "deck.load");
        if (m_stage == Stage::Travelling) // a crate sliding towards an end: back to the middle
            return crateCue(
                [&](int i) {
                    return m_fish[static_cast<std::size_t>(i)].stage == Fish::None &&
                           m_nearEnd[static_cast<std::size_t>(i)];
                },
                "deck.load");
        return {};
    case Phase::Hold:
        if (m_stage != Stage::Loading) return {};
        return crateCue([&](int i) { return !m_loaded[static_cast<std::size_t>(i)]; }, "hold");
    case Phase::Ride:
        return m_stage == Stage::Arrived ? GestureCue{}
                                         : GestureCue{GestureCue::Kind::Hold, "vehicle", "", 0.f};
    }
    return {};
}

std::string JourneyRules::suggestedGrab() const {
    const GestureCue c = cue();
    return c.kind == GestureCue::Kind::Drag ? c.on : "";
}

std::string JourneyRules::hint(int, int) const {
    switch (phase()) {
    case Phase::Map:
        return m_leg == 3     ? "hint.journey.pick.last"
               : bySea(m_leg) ? "hint.journey.pick.sea"
                              : "hint.journey.pick.land";
    case Phase::Slow:
        if (m_stage == Stage::Loading) return "hint.journey.load";
        for (const Fish& f : m_fish)
            if (f.stage != Fish::None) return "hint.journey.fished";
        return m_stage == Stage::Travelling ? "hint.journey.steady" : "hint.journey.arrived";
    case Phase::Hold:
        return m_stage == Stage::Loading      ? "hint.journey.hold"
               : m_stage == Stage::Travelling ? "hint.journey.flying"
                                              : "hint.journey.arrived";
    case Phase::Ride:
        return "hint.journey.ride";
    }
    return "";
}

std::string JourneyRules::describe() const {
    std::string ways;
    for (Way w : m_ways)
        ways += (ways.empty() ? "" : ",") + std::string(wayName(w));
    static const char* const phases[] = {"map", "slow", "hold", "ride"};
    static const char* const stages[] = {"loading", "travelling", "arrived"};
    std::string where; // the crates' x on the slow way, to watch the load slide
    for (std::size_t i = 0; i < m_crates.size(); ++i) {
        char x[16];
        std::snprintf(x, sizeof x, "%s%.1f", i ? "/" : "", static_cast<double>(m_crateX[i]));
        where += x;
    }
    char text[300];
    std::snprintf(text, sizeof text,
                  "legs=%d phase=%s stage=%s aboard=%d hold=%d ways=%s fished=%d globes=%.2f crates=%s",
                  m_legsDone, phases[static_cast<int>(phase())], stages[static_cast<int>(m_stage)], m_aboard,
                  m_inHold, ways.c_str(), m_fished, static_cast<double>(globes()), where.c_str());
    return text;
}

void JourneyRules::hash(StateHasher& h) const {
    m_phases.hash(h);
    m_deck.hash(h);
    m_picks.hash(h);
    m_hold.hash(h);
    for (Way w : m_ways)
        h.add(static_cast<int>(w));
    for (const Fish& f : m_fish) {
        h.add(static_cast<int>(f.stage));
        h.add(f.steps);
        h.add(f.toX);
    }
    h.add(static_cast<int>(m_stage));
    for (int v : {m_leg, m_legsDone, m_aboard, m_inHold, m_fished, m_settled, m_travelSteps, m_arrivedSteps,
                  m_pickedSteps, m_steps})
        h.add(v);
    h.add(m_motion);
    h.add(m_travelled);
    h.add(m_cueToPlane ? 1 : 0);
    for (bool carried : m_wasCarried)
        h.add(carried ? 1 : 0);
    for (const PutDown& put : m_putDown) {
        h.add(put.steps);
        h.add(put.to.x);
        h.add(put.to.y);
    }
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
