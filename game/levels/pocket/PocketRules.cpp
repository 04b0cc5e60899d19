// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/pocket/PocketRules.hpp"

#include "core/FixedStep.hpp"
#include "levels/Zones.hpp"

#include <algorithm>
#include <cstdio>

namespace mobi {
namespace {

const float kDt = static_cast<float>(kStepSeconds);
// The family's messages, in this order again and again: 6 videos in 10 (U1).
constexpr PocketRules::Message kFamily[] = {PocketRules::Message::Video, PocketRules::Message::Photo,
                                            PocketRules::Message::Video, PocketRules::Message::Text,
                                            PocketRules::Message::Video, PocketRules::Message::Ai,
                                            PocketRules::Message::Video, PocketRules::Message::Photo,
                                            PocketRules::Message::Video, PocketRules::Message::Video};
constexpr int kFamilyLength = sizeof kFamily / sizeof kFamily[0];
constexpr const char* kKnobs[] = {"knob.quality", "knob.autoplay", "knob.network"};
const b2Vec2 kKnobHome[] = {{3.4f, 10.9f}, {8.4f, 15.4f}, {12.6f, 10.1f}};
constexpr float kCoolAgain = 0.6f; // too hot at 1; the door opens for good again below this
constexpr float kDoorOpen = 0.5f;  // s the door stays open at most, to let one ball in
constexpr float kHottest = 1.5f; // the heat stops rising here: past the thermometer's top, the door holds it
constexpr float kLongWayBelow = 4.f; // m: a ball reaching the centre this low came by the long pipe (4G)
constexpr int kVariantAutoplay = 10, kVariantHd = 100;
constexpr float kSpoutRoom = 1.8f; // m: a ball this near a spout keeps the next one back
constexpr int kMostBalls = 60;
constexpr float kJamEvery = 1.5f, kStill = 0.05f, kJolt = 2.5f; // s, m/s, m/s
constexpr float kQueueFrom = 18.f; // m: balls this far right, low down, wait at the door, not in a jam     //
                                   // the autoplay tap waits while this many balls are on their way

// A ball near the spout: the next one would be made on top of it.
bool spoutTaken(const LevelContext& ctx, const std::vector<b2Body*>& balls, const char* spout) {
    const ZoneData* z = ctx.zones.data(spout);
    for (const b2Body* ball : balls)
        if ((ball->GetPosition() - b2Vec2{z->x, z->y}).Length() < kSpoutRoom) return true;
    return false;
}

const char* templateOf(PocketRules::Message m, bool hd) {
    switch (m) {
    case PocketRules::Message::Text:
        return "ball.text";
    case PocketRules::Message::Photo:
        return "ball.photo";
    case PocketRules::Message::Video:
        return hd ? "ball.video.hd" : "ball.video";
    case PocketRules::Message::Ai:
        return "ball.ai";
    }
    return "ball.text";
}

} // namespace

PocketRules::PocketRules(const Params& p, const LevelOptions& options)
    : m_challenge(options.challenge && !options.young),
      m_goal(options.young ? p.count("goalYoung") : p.count("goalOlder")), m_heatOf{p.get("heatText"),
                                                                                    p.get("heatPhoto"),
                                                                                    p.get("heatVideo"),
                                                                                    p.get("heatAi"),
                                                                                    p.get("heatVideoHd")},
      m_mobileFactor(p.get("mobileFactor")), m_coolingPerSecond(p.get("coolingPerSecond")),
      m_heatScale(p.get("heatScale")), m_waterPerHeat(p.get("waterPerHeat")),
      m_admitSeconds(p.get("admitSeconds")), m_challengeSeconds(p.get("challengeSeconds")),
      m_family({"spout", p.get("familyEvery"), 0.8f, 0.3f, 0.f, false}),
      m_autoplayTap({"spout.autoplay", p.get("autoplayEvery"), 1.6f, 0.3f, 0.f, false}) {}

std::vector<ParamSpec> PocketRules::paramSpecs() {
    return {
        {"familyEvery", 2.f, 0.3f, 20.f, "s"},   // a message of the family's
        {"autoplayEvery", 2.f, 0.3f, 20.f, "s"}, // a video poured by autoplay while its tap is open
        {"goalYoung", 36.f, 1.f, 500.f, "count"},
        {"goalOlder", 48.f, 1.f, 500.f, "count"},
        // What each ball warms the centre by (game values): a video in high quality most.
        {"heatText", 1.f, 0.f, 100.f, ""},
        {"heatPhoto", 2.f, 0.f, 100.f, ""},
        {"heatVideo", 3.f, 0.f, 100.f, ""},
        {"heatVideoHd", 8.f, 0.f, 100.f, ""},
        {"heatAi", 5.f, 0.f, 100.f, ""},
        {"mobileFactor", 1.6f, 1.f, 5.f, ""}, // a ball that came the long way (4G) warms it this much more
        {"coolingPerSecond", 2.5f, 0.f, 100.f, ""}, // the cooling takes this much heat away each second
        {"heatScale", 30.f, 1.f, 1000.f, ""},       // this much heat fills the thermometer: too hot
        {"waterPerHeat", 0.01f, 0.f, 1.f, ""},      // tanks drunk for each unit of heat cooled away
        {"admitSeconds", 1.5f, 0.2f, 10.f, "s"},    // too hot, the door opens this seldom
        {"challengeSeconds", 240.f, 60.f, 1200.f, "s"},
    };
}

LevelNeeds PocketRules::needs() {
    return {{"gate.wifi", "door", "knob.quality", "knob.autoplay", "knob.network", "pipe.phone", "pipe.wifi",
             "pipe.mobile"},
            {"spout", "spout.autoplay", "centre.in", "centre", "junction"},
            {"ball.text", "ball.photo", "ball.video", "ball.video.hd", "ball.ai"},
            {},
            {}};
}

LevelGoal PocketRules::goalFor(const Params& p, const LevelOptions& options) {
    LevelGoal g;
    g.count = options.young ? p.count("goalYoung") : p.count("goalOlder");
    g.challengeOffered = !options.young;
    g.challengeSeconds = p.get("challengeSeconds");
    return g;
}

void PocketRules::start(LevelContext& ctx) {
    m_share = ctx.data.footprint.share;
    for (const char* knob : kKnobs)
        ctx.world.body(knob)->SetGravityScale(0.f);
    ctx.world.body("gate.wifi")->SetEnabled(m_wifi);
    ctx.world.body("door")->SetEnabled(false);
}

void PocketRules::pinKnobs(LevelContext& ctx) const {
    // The controls stay where they are drawn: pressing one switches it, it is not carried.
    for (std::size_t i = 0; i < 3; ++i) {
        b2Body* b = ctx.world.body(kKnobs[i]);
        b->SetTransform(kKnobHome[i], 0.f);
        b->SetLinearVelocity({0.f, 0.f});
    }
}

void PocketRules::toggle(LevelContext& ctx, Control c) {
    ++m_switches[static_cast<std::size_t>(c)];
    switch (c) {
    case Control::Quality:
        m_lowQuality = !m_lowQuality;
        break;
    case Control::Autoplay:
        m_autoplay = !m_autoplay;
        break;
    case Control::Network:
        m_wifi = !m_wifi;
        ctx.world.body("gate.wifi")->SetEnabled(m_wifi);
        break;
    }
    const b2Vec2 at = kKnobHome[static_cast<int>(c)];
    ctx.events.push_back({LevelEvent::Kind::Phase, at.x, at.y, static_cast<int>(c)});
}

void PocketRules::send(LevelContext& ctx, Message m, bool autoplay) {
    const bool hd = m == Message::Video && !m_lowQuality;
    Spawner& from = autoplay ? m_autoplayTap : m_family;
    if (b2Body* ball = from.spawn(ctx, templateOf(m, hd)))
        PhysicsWorld::info(ball).variant =
            static_cast<int>(m) + (autoplay ? kVariantAutoplay : 0) + (hd ? kVariantHd : 0);
}

void PocketRules::step(LevelContext& ctx, const InputFrame&) {
    ++m_steps;
    pinKnobs(ctx);
    // A control pressed (grabbed, by the mouse or by Space on the keyboard hand) switches, and is let go.
    if (const b2Body* held = ctx.world.grabbed()) {
        for (int i = 0; i < 3; ++i)
            if (held == ctx.world.body(kKnobs[i])) {
                ctx.world.release();
                toggle(ctx, static_cast<Control>(i));
                break;
            }
    }
    if (m_outcome != Outcome::Running) return;
    // A full pipe makes the phone wait: nothing is sent onto a ball still at its spout.
    const std::vector<b2Body*> balls = ctx.world.bodiesOfKind("ball");
    const bool familyWaits = spoutTaken(ctx, balls, "spout");
    const bool tapWaits = !m_autoplay || spoutTaken(ctx, balls, "spout.autoplay") ||
                          static_cast<int>(balls.size()) >= kMostBalls;
    if (m_family.due(familyWaits)) send(ctx, kFamily[m_sent++ % kFamilyLength], false);
    if (m_autoplayTap.due(tapWaits)) send(ctx, Message::Video, true);

    // The cooling takes heat away all the time, and drinks for it.
    const float cooled = std::min(m_heat, m_coolingPerSecond / m_heatScale * kDt);
    m_heat -= cooled;
    m_water += cooled * m_heatScale * m_waterPerHeat;
    m_heatSum += m_heat * kDt;
    // Too hot, the door closes: now and then it lets one ball in.
    if (m_heat >= 1.f) m_overheated = true;
    if (m_heat < kCoolAgain) m_overheated = false;
    m_doorTimer = m_overheated ? m_doorTimer + kDt : 0.f;
    if (m_doorTimer >= m_admitSeconds + kDoorOpen) m_doorTimer = 0.f;
    ctx.world.body("door")->SetEnabled(m_overheated && m_doorTimer < m_admitSeconds);

    unjam(ctx, balls);
    if (m_challenge && secondsLeft() <= 0.f) m_outcome = Outcome::Lost;
}

void PocketRules::unjam(LevelContext& ctx, const std::vector<b2Body*>& balls) {
    // Balls in a pipe can wedge into an arch and stop for good, as grains do in a hopper:
    // every so often a ball standing still (not one queued at the centre's shut door) is
    // given a little jolt, and the arch breaks.
    m_jamTimer += kDt;
    if (m_jamTimer < kJamEvery) return;
    m_jamTimer = 0.f;
    const bool doorShut = ctx.world.body("door")->IsEnabled();
    for (b2Body* ball : balls) {
        if (ball->GetLinearVelocity().Length() > kStill) continue;
        if (doorShut && ball->GetPosition().x > kQueueFrom && ball->GetPosition().y < kLongWayBelow + 2.f)
            continue;
        const float m = ball->GetMass();
        ball->ApplyLinearImpulseToCenter({m * ctx.rng.uniform(-kJolt, kJolt), m * kJolt}, true);
    }
}

void PocketRules::afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) {
    // A ball at the centre's door goes in: it warms the centre, more if it came the long way.
    bool admitted = false;
    for (b2Body* ball : ctx.world.bodiesOfKind("ball")) {
        if (ctx.world.isDoomed(ball) || !ctx.zones.contains("centre.in", ball->GetPosition())) continue;
        // Too hot, the door lets one in and shuts again behind it.
        if (m_overheated && admitted) continue;
        admitted = true;
        const int v = PhysicsWorld::info(ball).variant;
        const Message m = static_cast<Message>(v % kVariantAutoplay);
        const bool hd = v >= kVariantHd, autoplay = (v % kVariantHd) >= kVariantAutoplay;
        const float factor = ball->GetPosition().y < kLongWayBelow ? m_mobileFactor : 1.f;
        m_heat = std::min(kHottest, m_heat + (hd ? m_heatOf[kMessageKinds] : m_heatOf[static_cast<int>(m)]) *
                                                 factor / m_heatScale);
        if (m_overheated) m_doorTimer = 0.f;
        m_peakHeat = std::max(m_peakHeat, m_heat);
        if (autoplay) {
            ++m_autoplayIn;
        } else {
            ++m_delivered;
            if (m == Message::Video) ++m_videos;
        }
        ctx.events.push_back({LevelEvent::Kind::Collected, ball->GetPosition().x, ball->GetPosition().y, v});
        ctx.world.destroyLater(ball);
    }
    if (m_outcome == Outcome::Running && m_delivered >= m_goal) m_outcome = Outcome::Won;
}

PocketRules::Message PocketRules::messageOf(const b2Body* ball) const {
    return static_cast<Message>(PhysicsWorld::info(ball).variant % kVariantAutoplay);
}

bool PocketRules::fromAutoplay(const b2Body* ball) const {
    return (PhysicsWorld::info(ball).variant % kVariantHd) >= kVariantAutoplay;
}

float PocketRules::secondsLeft() const {
    return std::max(0.f, m_challengeSeconds - static_cast<float>(m_steps) * kDt);
}

GestureCue PocketRules::cue() const {
    // The hand shows the first control still at its worst: the tap first, it pours the most.
    if (m_autoplay) return {GestureCue::Kind::Hold, "knob.autoplay", "", 0.f};
    if (!m_lowQuality) return {GestureCue::Kind::Hold, "knob.quality", "", 0.f};
    if (!m_wifi) return {GestureCue::Kind::Hold, "knob.network", "", 0.f};
    return {};
}

std::string PocketRules::endVariant() const {
    const int atWorst = (m_autoplay ? 1 : 0) + (m_lowQuality ? 0 : 1) + (m_wifi ? 0 : 1);
    return atWorst >= 2 && m_peakHeat >= 1.f ? "hot" : "";
}

std::string PocketRules::suggestedGrab() const { return cue().on; }

std::string PocketRules::hint(int, int) const {
    if (m_overheated) return "hint.pocket.hot";
    if (m_autoplay) return "hint.pocket.autoplay";
    if (!m_lowQuality) return "hint.pocket.quality";
    if (!m_wifi) return "hint.pocket.network";
    return "hint.pocket.cool";
}

std::string PocketRules::describe() const {
    char text[240];
    std::snprintf(
        text, sizeof text,
        "delivered=%d videos=%d autoplay_in=%d heat=%.2f peak=%.2f water=%.2f hot=%d wifi=%d low=%d "
        "autoplay=%d",
        m_delivered, m_videos, m_autoplayIn, static_cast<double>(m_heat), static_cast<double>(m_peakHeat),
        static_cast<double>(m_water), m_overheated ? 1 : 0, m_wifi ? 1 : 0, m_lowQuality ? 1 : 0,
        m_autoplay ? 1 : 0);
    return text;
}

void PocketRules::hash(StateHasher& h) const {
    m_family.hash(h);
    m_autoplayTap.hash(h);
    for (bool b : {m_wifi, m_lowQuality, m_autoplay, m_overheated})
        h.add(b ? 1 : 0);
    for (float f : {m_heat, m_water, m_peakHeat, m_heatSum, m_doorTimer, m_jamTimer})
        h.add(f);
    for (int v :
         {m_sent, m_delivered, m_videos, m_autoplayIn, m_steps, m_switches[0], m_switches[1], m_switches[2]})
        h.add(v);
    h.add(m_share);
    h.add(static_cast<int>(m_outcome));
}

} // namespace mobi
