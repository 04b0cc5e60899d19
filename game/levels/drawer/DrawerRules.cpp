// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/drawer/DrawerRules.hpp"

#include "core/FixedStep.hpp"
#include "levels/Grabber.hpp"
#include "levels/Zones.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mobi {
namespace {

const float kDt = static_cast<float>(kStepSeconds);
constexpr float kLeanMost = 0.35f;  // m: a tugged phone leans this far towards the hand at most
constexpr float kLanded = 1.5f;     // m/s: slower than this inside a place, it is in
constexpr float kStill = 0.3f;      // m/s: slower than this elsewhere, it has stopped
constexpr float kStoppedFor = 0.8f; // s stopped outside any place: a miss, it comes back
constexpr float kLongestFlight = 8.f;
constexpr float kWordSeconds = 6.f; // a word about a wrong place stays this long
constexpr float kSpin = -1.2f;      // rad/s: a thrown phone turns a little, as a thrown thing does

std::string phoneName(int i) { return "phone" + std::to_string(i + 1); }

float smooth(float t) { return t * t * (3.f - 2.f * t); }

} // namespace

// Two thirds still working, as F2 found: works, a cracked screen and a worn
// battery work; the dead ones do not. The first six are the 6–8 drawer (two
// thirds working too), shuffled for each play.
const std::array<DrawerRules::State, DrawerRules::kMostPhones> DrawerRules::kStates = {
    State::Works, State::Cracked, State::Dead, State::Works, State::WornBattery,
    State::Dead,  State::Works,   State::Dead, State::Works};

DrawerRules::DrawerRules(const Params& p, const LevelOptions& options)
    : m_challenge(options.challenge && !options.young),
      m_phones(std::min(kMostPhones, options.young ? p.count("phonesYoung") : p.count("phonesOlder"))),
      m_tugNeed(p.get("tugNeed")), m_tugHold(p.get("tugHold")), m_carrySeconds(p.get("carrySeconds")),
      m_voyageSeconds(p.get("voyageSeconds")), m_settleSeconds(p.get("settleSeconds")),
      m_challengeSeconds(p.get("challengeSeconds")),
      m_sling(Slingshot::Spec{{0.f, 0.f}, p.get("maxPull"), p.get("maxSpeed"), 1.4f, 1.6f, 0.12f, -9.8f}) {}

std::vector<ParamSpec> DrawerRules::paramSpecs() {
    return {
        {"phonesYoung", 6.f, 1.f, 9.f, "count"}, // phones in the drawer for 6–8
        {"phonesOlder", 9.f, 1.f, 9.f, "count"},
        {"tugNeed", 1.3f, 0.2f, 5.f, "m"},      // how far up a phone is pulled before it comes out
        {"tugHold", 0.25f, 0.f, 3.f, "s"},      // …and held that far this long: a real tug
        {"carrySeconds", 0.5f, 0.1f, 3.f, "s"}, // a phone's way to the slingshot, or back to it
        {"voyageSeconds", 7.f, 1.f, 30.f, "s"}, // the boat's trip, followed by its tracker
        {"settleSeconds", 0.4f, 0.f, 3.f, "s"}, // in a place this long, it has landed there
        {"maxPull", 2.4f, 0.5f, 5.f, "m"},
        {"maxSpeed", 13.f, 3.f, 30.f, "m/s"},
        {"challengeSeconds", 240.f, 60.f, 1200.f, "s"},
    };
}

LevelNeeds DrawerRules::needs() {
    std::vector<std::string> bodies = {"floor",      "drawer",      "bin.trash", "bin.give",
                                       "bin.repair", "bin.collect", "boat"};
    for (int i = 0; i < kMostPhones; ++i)
        bodies.push_back(phoneName(i));
    return {bodies,
            {"sling.rest", "sling.back", "in.trash", "in.give", "in.repair", "in.collect", "in.boat"},
            {},
            {},
            {}};
}

LevelGoal DrawerRules::goalFor(const Params& p, const LevelOptions& options) {
    LevelGoal g;
    g.count = std::min(kMostPhones, options.young ? p.count("phonesYoung") : p.count("phonesOlder"));
    g.challengeOffered = !options.young;
    g.challengeSeconds = p.get("challengeSeconds");
    return g;
}

const char* DrawerRules::placeName(Place p) {
    switch (p) {
    case Place::Trash:
        return "trash";
    case Place::Give:
        return "give";
    case Place::Repair:
        return "repair";
    case Place::Collect:
        return "collect";
    case Place::Boat:
        return "boat";
    }
    return "trash";
}

DrawerRules::Place DrawerRules::rightPlace(State s) {
    switch (s) {
    case State::Works:
        return Place::Give;
    case State::Cracked:
    case State::WornBattery:
        return Place::Repair;
    case State::Dead:
        return Place::Collect;
    }
    return Place::Collect;
}

b2Vec2 DrawerRules::homeOf(int phone) const { return m_home[static_cast<std::size_t>(phone)]; }

void DrawerRules::start(LevelContext& ctx) {
    // Each play its own drawer: the same phones (those of this age band), in another order.
    for (int i = m_phones - 1; i > 0; --i)
        std::swap(m_states[static_cast<std::size_t>(i)],
                  m_states[static_cast<std::size_t>(ctx.rng.between(0, i))]);
    // Where the level file stands each phone and rests the slingshot's pouch.
    const ZoneData* rest = ctx.zones.data("sling.rest");
    Slingshot::Spec spec = m_sling.spec();
    spec.rest = {rest->x, rest->y};
    m_sling = Slingshot(spec);
    for (int i = 0; i < kMostPhones; ++i) {
        b2Body* b = ctx.world.body(phoneName(i));
        m_home[static_cast<std::size_t>(i)] = b->GetPosition();
        b->SetGravityScale(0.f);
        b->SetEnabled(i < m_phones); // the 6–8 drawer has fewer
        m_where[static_cast<std::size_t>(i)] = i < m_phones ? Where::Drawer : Where::Placed;
    }
}

int DrawerRules::inDrawer() const {
    return static_cast<int>(std::count(m_where.begin(), m_where.begin() + m_phones, Where::Drawer));
}

int DrawerRules::placed() const {
    int n = 0;
    for (int c : m_placedIn)
        n += c;
    return n;
}

b2Body* DrawerRules::currentBody(LevelContext& ctx) const {
    return m_current < 0 ? nullptr : ctx.world.body(phoneName(m_current));
}

void DrawerRules::setDrawerGrabbable(LevelContext& ctx, bool grabbable) {
    for (int i = 0; i < m_phones; ++i)
        if (m_where[static_cast<std::size_t>(i)] == Where::Drawer)
            PhysicsWorld::info(ctx.world.body(phoneName(i))).grabbable = grabbable;
}

void DrawerRules::carry(LevelContext& ctx, b2Vec2 from, b2Vec2 to, Phase moving) {
    b2Body* b = currentBody(ctx);
    b->SetEnabled(true);
    b->SetType(b2_kinematicBody); // the rules move it: nothing knocks it on its way
    b->SetLinearVelocity({0.f, 0.f});
    b->SetAngularVelocity(0.f);
    PhysicsWorld::info(b).grabbable = false;
    m_from = from;
    m_to = to;
    m_carriedAt = from;
    m_timer = 0.f;
    m_phase = moving;
    m_sling.cancel();
}

void DrawerRules::tugging(LevelContext& ctx) {
    // A phone in the drawer is wedged: it comes out only when pulled well up and held there.
    const b2Body* held = ctx.world.grabbed();
    int phone = -1;
    for (int i = 0; i < m_phones; ++i)
        if (held && held == ctx.world.body(phoneName(i)) &&
            m_where[static_cast<std::size_t>(i)] == Where::Drawer)
            phone = i;
    if (phone < 0) {
        m_tug = m_tugTimer = 0.f;
        m_lean.SetZero();
        return;
    }
    const b2Vec2 pull = ctx.grabber.hand() - homeOf(phone);
    m_tug = std::clamp(pull.y / m_tugNeed, 0.f, 1.f);
    m_lean = pull;
    if (m_lean.Length() > kLeanMost) m_lean *= kLeanMost / m_lean.Length();
    m_tugTimer = m_tug >= 1.f ? m_tugTimer + kDt : 0.f;
    if (m_tugTimer < m_tugHold) return;
    // Out it comes, into the slingshot.
    ctx.world.release();
    m_current = phone;
    m_where[static_cast<std::size_t>(phone)] = Where::Play;
    const b2Vec2 at = homeOf(phone) + m_lean;
    ctx.events.push_back({LevelEvent::Kind::Collected, at.x, at.y, static_cast<int>(stateOf(phone))});
    m_tug = m_tugTimer = 0.f;
    m_lean.SetZero();
    setDrawerGrabbable(ctx, false);
    carry(ctx, at, m_sling.rest(), Phase::ToSling);
}

void DrawerRules::step(LevelContext& ctx, const InputFrame& input) {
    ++m_steps;
    m_wordTimer = std::max(0.f, m_wordTimer - kDt);
    if (m_outcome != Outcome::Running) return;
    b2Body* body = currentBody(ctx);
    switch (m_phase) {
    case Phase::Drawer:
        tugging(ctx);
        break;
    case Phase::ToSling:
    case Phase::Returning: {
        m_timer += kDt;
        const float t = std::min(1.f, m_timer / m_carrySeconds);
        m_carriedAt = m_from + smooth(t) * (m_to - m_from);
        body->SetTransform(m_carriedAt, 0.f);
        if (t >= 1.f) m_phase = Phase::Loaded;
        break;
    }
    case Phase::Loaded: {
        b2Vec2 velocity;
        if (m_sling.step(input, true, velocity)) {
            const b2Vec2 from = m_sling.rest();
            body->SetType(b2_dynamicBody);
            body->SetGravityScale(1.f);
            body->SetTransform(from, 0.f);
            body->SetLinearVelocity(velocity);
            body->SetAngularVelocity(kSpin);
            body->SetAwake(true);
            m_phase = Phase::Flying;
            m_timer = m_still = m_settle = 0.f;
            ctx.events.push_back({LevelEvent::Kind::Released, from.x, from.y, 0});
        } else {
            m_carriedAt = m_sling.pouch();
            body->SetTransform(m_carriedAt, 0.f);
        }
        break;
    }
    case Phase::Flying:
        break; // watched after the physics step
    case Phase::Voyage:
        m_timer += kDt;
        if (m_timer >= m_voyageSeconds) {
            const ZoneData* boat = ctx.zones.data("in.boat");
            carry(ctx, {boat->x, boat->y}, m_sling.rest(), Phase::Returning);
        }
        break;
    }
    if (m_challenge && secondsLeft() <= 0.f) m_outcome = Outcome::Lost;
}

void DrawerRules::holdInDrawer(LevelContext& ctx) {
    // The phones still in the drawer stay standing where they are; the one
    // being tugged leans towards the hand and shivers, the more the harder.
    const b2Body* held = ctx.world.grabbed();
    for (int i = 0; i < m_phones; ++i) {
        if (m_where[static_cast<std::size_t>(i)] != Where::Drawer) continue;
        b2Body* b = ctx.world.body(phoneName(i));
        b2Vec2 at = homeOf(i);
        if (b == held) {
            at += m_lean;
            at.x += 0.05f * m_tug * std::sin(static_cast<float>(m_steps) * 1.7f);
        }
        b->SetTransform(at, 0.f);
        b->SetLinearVelocity({0.f, 0.f});
        b->SetAngularVelocity(0.f);
    }
}

void DrawerRules::comeBack(LevelContext& ctx, const char* word) {
    const b2Vec2 from = currentBody(ctx)->GetPosition();
    carry(ctx, from, m_sling.rest(), Phase::Returning);
    if (*word) {
        m_word = word;
        m_wordTimer = kWordSeconds;
    }
}

void DrawerRules::land(LevelContext& ctx, Place p) {
    b2Body* body = currentBody(ctx);
    const b2Vec2 at = body->GetPosition();
    ++m_tripsTo[static_cast<std::size_t>(p)];
    if (p == Place::Boat) {
        // Off it goes, far away: the view follows its tracker; then it comes back.
        body->SetEnabled(false);
        m_phase = Phase::Voyage;
        m_timer = 0.f;
        m_word = "hint.drawer.boat";
        m_wordTimer = m_voyageSeconds + kWordSeconds / 2.f;
        ctx.events.push_back({LevelEvent::Kind::Oops, at.x, at.y, static_cast<int>(p)});
        return;
    }
    if (p != rightPlace(stateOf(m_current))) {
        // Taught, not punished: it comes back, with a word when it was the household bin.
        ctx.events.push_back({LevelEvent::Kind::Oops, at.x, at.y, static_cast<int>(p)});
        comeBack(ctx, p == Place::Trash ? "hint.drawer.bin" : "");
        return;
    }
    ++m_placedIn[static_cast<std::size_t>(p)];
    body->SetEnabled(false); // it goes in: the view shows the place's count, and nothing piles up
    m_where[static_cast<std::size_t>(m_current)] = Where::Placed;
    m_current = -1;
    m_phase = Phase::Drawer;
    m_wordTimer = 0.f;
    setDrawerGrabbable(ctx, true);
    ctx.events.push_back({LevelEvent::Kind::Success, at.x, at.y, static_cast<int>(p)});
    if (placed() >= m_phones) m_outcome = Outcome::Won;
}

void DrawerRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) {
    holdInDrawer(ctx);
    if (m_phase != Phase::Flying || m_outcome != Outcome::Running) return;
    b2Body* body = currentBody(ctx);
    const b2Vec2 at = body->GetPosition();
    const float speed = body->GetLinearVelocity().Length();
    m_timer += kDt;
    for (int i = 0; i < kPlaces; ++i) {
        const Place p = static_cast<Place>(i);
        if (!ctx.zones.contains(std::string("in.") + placeName(p), at)) continue;
        if (p == Place::Boat) return land(ctx, p); // aboard: it sails at once
        m_settle = speed < kLanded ? m_settle + kDt : 0.f;
        if (m_settle >= m_settleSeconds) land(ctx, p);
        return;
    }
    m_settle = 0.f;
    m_still = speed < kStill ? m_still + kDt : 0.f;
    if (m_still >= kStoppedFor || m_timer >= kLongestFlight) {
        // Landed nowhere: back to the slingshot, to try again.
        ++m_misses;
        ctx.events.push_back({LevelEvent::Kind::Oops, at.x, at.y, -1});
        comeBack(ctx, "");
    }
}

float DrawerRules::secondsLeft() const {
    return std::max(0.f, m_challengeSeconds - static_cast<float>(m_steps) * kDt);
}

std::string DrawerRules::suggestedGrab() const {
    if (m_phase != Phase::Drawer) return "";
    for (int i = 0; i < m_phones; ++i)
        if (m_where[static_cast<std::size_t>(i)] == Where::Drawer) return phoneName(i);
    return "";
}

GestureCue DrawerRules::cue() const {
    // In the drawer: pull the first phone up and out. In the slingshot: pull it back.
    if (m_phase == Phase::Drawer && !suggestedGrab().empty())
        return {GestureCue::Kind::Tug, suggestedGrab(), "", 1.8f};
    if (m_phase == Phase::Loaded && !m_sling.pulling())
        return {GestureCue::Kind::Sling, "sling.rest", "sling.back", 0.f};
    return {};
}

std::string DrawerRules::hint(int, int) const {
    if (m_wordTimer > 0.f && !m_word.empty()) return m_word;
    if (m_current < 0) return "hint.drawer.pull";
    switch (stateOf(m_current)) {
    case State::Works:
        return "hint.drawer.works";
    case State::Cracked:
    case State::WornBattery:
        return "hint.drawer.repair";
    case State::Dead:
        return "hint.drawer.dead";
    }
    return "";
}

std::string DrawerRules::describe() const {
    static const char* const kPhaseNames[] = {"drawer", "to_sling", "loaded",
                                              "flying", "voyage",   "returning"};
    // The drawer's order, one letter a phone: w works, c cracked, b worn battery, d dead.
    std::string order;
    for (int i = 0; i < m_phones; ++i)
        order += "wcbd"[static_cast<int>(stateOf(i))];
    char text[260];
    std::snprintf(text, sizeof text,
                  "placed=%d left=%d phase=%s current=%d give=%d repair=%d collect=%d trash_trips=%d "
                  "boat_trips=%d misses=%d drawer=%s",
                  placed(), inDrawer(), kPhaseNames[static_cast<int>(m_phase)], m_current + 1,
                  placedIn(Place::Give), placedIn(Place::Repair), placedIn(Place::Collect),
                  tripsTo(Place::Trash), tripsTo(Place::Boat), m_misses, order.c_str());
    return text;
}

void DrawerRules::hash(StateHasher& h) const {
    m_sling.hash(h);
    for (Where w : m_where)
        h.add(static_cast<int>(w));
    h.add(static_cast<int>(m_phase));
    for (float f : {m_carriedAt.x, m_carriedAt.y, m_from.x, m_from.y, m_to.x, m_to.y, m_timer, m_tugTimer,
                    m_tug, m_still, m_settle, m_lean.x, m_lean.y, m_wordTimer})
        h.add(f);
    h.add(m_word);
    for (int v : m_placedIn)
        h.add(v);
    for (int v : m_tripsTo)
        h.add(v);
    for (State s : m_states)
        h.add(static_cast<int>(s));
    for (int v : {m_current, m_misses, m_steps, m_phones})
        h.add(v);
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
