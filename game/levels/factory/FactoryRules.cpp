// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/factory/FactoryRules.hpp"

#include "core/FixedStep.hpp"
#include "levels/Grabber.hpp"
#include "levels/Zones.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mobi {
namespace {

const float kDt = static_cast<float>(kStepSeconds);
constexpr float kToolReach = 0.9f; // m: how near its screw the screwdriver must be

std::string partBody(int p) { return std::string("part.") + FactoryRules::kParts[p]; }
std::string slotZone(int p) { return std::string("slot.") + FactoryRules::kParts[p]; }
std::string screwZone(int p) { return std::string("screw.") + FactoryRules::kParts[p]; }

int partOf(const b2Body* body) {
    const std::string& name = PhysicsWorld::info(body).name;
    for (int p = 0; p < FactoryRules::PartCount; ++p)
        if (name == partBody(p)) return p;
    return -1;
}

} // namespace

const char* const FactoryRules::kParts[PartCount] = {"frame",  "board",   "battery",
                                                     "camera", "speaker", "screen"};

std::vector<ParamSpec> FactoryRules::paramSpecs() {
    return {
        {"beltSpeed", 1.2f, 0.2f, 5.f, "m/s"},          // how fast the parts ride
        {"challengeBeltSpeed", 2.2f, 0.2f, 6.f, "m/s"}, // the 9–12 challenge's faster belt
        {"screwSeconds", 0.7f, 0.1f, 5.f, "s"},         // holding the screwdriver on a screw
        {"partGap", 1.5f, 0.2f, 10.f, "s"},             // at least this long between two parts on the belt
        // The challenge's time, in whole minutes: the intro card says minutes.
        {"challengeSeconds", 180.f, 30.f, 1200.f, "s"},
    };
}

LevelNeeds FactoryRules::needs() {
    LevelNeeds needs{{"belt"}, {"floor", "phone"}, {}, {}, {}};
    for (int p = 0; p < PartCount; ++p) {
        needs.bodies.push_back(partBody(p));
        needs.zones.push_back(slotZone(p));
    }
    return needs;
}

LevelGoal FactoryRules::goalFor(const Params& p, const LevelOptions& o) {
    return {o.young ? 4 : 6, true, p.get("challengeSeconds")};
}

FactoryRules::FactoryRules(const Params& p, const LevelOptions& o)
    : m_glued(o.choiceOr("assembly", "glue") == "glue"), m_young(o.young),
      m_challenge(o.challenge && !o.young), m_screwSeconds(p.get("screwSeconds")),
      m_challengeSeconds(p.get("challengeSeconds")),
      // The belt's top is at 3 m and its left end at 1.2 m, as levels/02_factory.xml builds it.
      m_belt({"belt",
              p.get(m_challenge ? "challengeBeltSpeed" : "beltSpeed"),
              {1.2f, 3.f},
              p.get("partGap"),
              "part"}) {
    // 6–8 build the phone of four parts; 9–12 add the camera and the speaker.
    m_parts[Camera].used = m_parts[Speaker].used = !m_young;
}

void FactoryRules::start(LevelContext& ctx) {
    m_share = ctx.data.footprint.share;
    m_belt.start(ctx);
    // Every part waits off the belt; they go on it one at a time, the frame first.
    for (int p = 0; p < PartCount; ++p) {
        b2Body* body = ctx.world.body(partBody(p));
        body->SetEnabled(false); // off the belt until its turn (and for good if not in this phone)
        // Parts pass over one another: one carried across the belt never knocks the others off.
        for (b2Fixture* f = body->GetFixtureList(); f; f = f->GetNext()) {
            b2Filter filter = f->GetFilterData();
            filter.groupIndex = -1;
            f->SetFilterData(filter);
        }
        m_parts[p].hasScrew = !m_glued && ctx.data.zone(screwZone(p)) != nullptr;
    }
    // The frame comes first and the screen last; what goes inside comes in any order.
    std::vector<int> order;
    for (int p = 0; p < PartCount; ++p)
        if (m_parts[p].used) order.push_back(p);
    for (std::size_t i = order.size() - 2; i > 1; --i)
        std::swap(order[i], order[static_cast<std::size_t>(ctx.rng.between(1, static_cast<int>(i)))]);
    for (int p : order)
        m_belt.queue(ctx.world.body(partBody(p)));
}

int FactoryRules::partsUsed() const {
    return static_cast<int>(
        std::count_if(m_parts.begin(), m_parts.end(), [](const PartState& s) { return s.used; }));
}

float FactoryRules::progress() const {
    return static_cast<float>(m_placed) / static_cast<float>(partsUsed());
}

float FactoryRules::footprintAdded() const { return m_share * progress(); }

float FactoryRules::secondsLeft() const {
    return std::max(0.f, m_challengeSeconds - static_cast<float>(m_steps) * kDt);
}

bool FactoryRules::slotOpen(Part p) const {
    if (!m_parts[p].used || m_parts[p].placed) return false;
    if (p == Frame) return true;
    if (!m_parts[Frame].placed) return false;
    if (p != Screen) return true;
    // The screen closes the phone: everything inside first, fastened.
    for (int q = Board; q < Screen; ++q)
        if (m_parts[q].used && !fastened(static_cast<Part>(q))) return false;
    return true;
}

bool FactoryRules::pendingScrew(Part& out) const {
    for (int p = 0; p < PartCount; ++p)
        if (m_parts[p].placed && m_parts[p].hasScrew && m_parts[p].turn < 1.f) {
            out = static_cast<Part>(p);
            return true;
        }
    return false;
}

void FactoryRules::judgeDrop(LevelContext& ctx) {
    auto drop = m_drops.step(ctx); // a part let go over the phone
    if (!drop) return;
    const int p = partOf(drop->item);
    if (p < 0) return;
    const b2Vec2 at = drop->item->GetPosition();
    if (!slotOpen(static_cast<Part>(p)) || !ctx.zones.contains(slotZone(p), at)) {
        // Not there, or not yet: it slides back towards the belt, once.
        m_drops.refuse(ctx, drop->item, {-7.f, 3.f});
        return;
    }
    DropSlots::snap(ctx, drop->item, slotZone(p));
    // In the phone it no longer gets in the way of the next part going in.
    for (b2Fixture* f = drop->item->GetFixtureList(); f; f = f->GetNext())
        f->SetSensor(true);
    m_parts[p].placed = true;
    ++m_placed;
    // Glued, it sticks as it lands; screwed, it is in once its screw is turned.
    ctx.events.push_back({LevelEvent::Kind::Success, at.x, at.y, m_glued ? 1 : 0});
}

void FactoryRules::turnScrews(LevelContext& ctx, const InputFrame& in) {
    Part p;
    if (!pendingScrew(p) || ctx.world.grabbed()) return;
    b2Vec2 tool;
    if (!ctx.grabber.toolPoint(in, tool)) return;
    for (int q = 0; q < PartCount; ++q) {
        PartState& s = m_parts[q];
        const ZoneData* z = ctx.data.zone(screwZone(q));
        if (!s.placed || !s.hasScrew || s.turn >= 1.f) continue;
        // On its screw, or anywhere on the part just put in: where the keyboard hand let it go.
        if ((b2Vec2(z->x, z->y) - tool).Length() > kToolReach && !ctx.zones.contains(slotZone(q), tool))
            continue;
        s.turn = std::min(1.f, s.turn + kDt / m_screwSeconds);
        if (s.turn >= 1.f) ctx.events.push_back({LevelEvent::Kind::Collected, z->x, z->y, q});
    }
}

void FactoryRules::step(LevelContext& ctx, const InputFrame& input) {
    ++m_steps;
    if (const b2Body* fed = m_belt.feed(ctx)) {
        m_parts[partOf(fed)].onBeltAt = m_steps;
        m_parts[partOf(fed)].waiting = false;
    }
    judgeDrop(ctx);
    turnScrews(ctx, input);
    if (m_outcome != Outcome::Running) return;
    bool done = true;
    for (int p = 0; p < PartCount; ++p)
        done = done && (!m_parts[p].used || fastened(static_cast<Part>(p)));
    if (done) {
        m_outcome = Outcome::Won; // Mobi is made: its screen lights up
        ctx.events.push_back({LevelEvent::Kind::Success, 24.5f, 10.6f, 2});
    } else if (m_challenge && secondsLeft() <= 0.f) {
        m_outcome = Outcome::Lost;
    }
}

void FactoryRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) {
    // A part on the floor (off the belt's end, let go over nothing, or carried
    // down there and let go) comes round again.
    for (int p = 0; p < PartCount; ++p) {
        b2Body* body = ctx.world.body(partBody(p));
        if (m_parts[p].placed || m_parts[p].waiting || ctx.world.grabbed() == body ||
            !ctx.zones.inside("floor", body))
            continue;
        ctx.events.push_back({LevelEvent::Kind::Dropped, body->GetPosition().x, body->GetPosition().y, p});
        m_belt.queue(body);
        m_parts[p].waiting = true;
        ++m_cameRound;
    }
}

GestureCue FactoryRules::cue() const {
    Part p;
    if (pendingScrew(p)) return {GestureCue::Kind::Hold, screwZone(p), "", 0.f};
    // The part to take now, if it is on the belt: drag it to its outline.
    for (int q = 0; q < PartCount; ++q)
        if (slotOpen(static_cast<Part>(q)) && !m_parts[q].waiting)
            return {GestureCue::Kind::Drag, partBody(q), slotZone(q)};
    return {};
}

std::string FactoryRules::suggestedGrab() const {
    const GestureCue c = cue();
    return c.kind == GestureCue::Kind::Drag ? c.on : "";
}

std::string FactoryRules::hint(int, int) const {
    Part p;
    if (pendingScrew(p)) return "hint.factory.screw";
    if (!m_parts[Frame].placed) return "hint.factory.frame";
    if (slotOpen(Screen)) return "hint.factory.screen";
    return "hint.factory.inside";
}

std::string FactoryRules::describe() const {
    char text[128];
    std::snprintf(text, sizeof text, "assembly=%s placed=%d came_round=%d wrong=%d",
                  m_glued ? "glue" : "screws", m_placed, m_cameRound, wrongTries());
    return text;
}

void FactoryRules::hash(StateHasher& h) const {
    for (const PartState& s : m_parts) {
        h.add(s.used);
        h.add(s.placed);
        h.add(s.hasScrew);
        h.add(s.turn);
        h.add(s.onBeltAt);
        h.add(s.waiting);
    }
    m_belt.hash(h);
    m_drops.hash(h);
    h.add(m_placed);
    h.add(m_cameRound);
    h.add(m_steps);
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
