// SPDX-License-Identifier: GPL-3.0-or-later
// Level 4, Dans ta poche (use), levels/04_pocket.xml. The family's phone
// sends its messages as balls down the pipes to a data centre, which warms
// with each one and drinks water to cool down: the more and the bigger the
// balls, the hotter and the thirstier. About 6 messages in 10 are videos
// (U1). Three controls, each tied to a fact, switch when pressed:
//  - the network: Wi-Fi takes the short pipe, 4G the long one, and a ball
//    that came the long way warms the centre more (U11);
//  - the video quality: high, a video is a big heavy ball; lower, a medium one;
//  - the autoplay tap: open, it pours video after video (not the family's
//    messages) until it is closed.
// The play starts with all three at their worst. Too hot, the centre closes
// its door and lets a ball in only now and then: it slows down until a good
// choice cools it. Nothing fails for 6–8; 9–12 may take a challenge (a clock).
// The thermometer and the tank are game values, not measurements.
#pragma once

#include "content/LevelLoader.hpp"
#include "levels/LevelRules.hpp"
#include "levels/Spawner.hpp"

#include <array>

namespace mobi {

class PocketRules : public LevelRules {
public:
    enum class Message { Text = 0, Photo = 1, Video = 2, Ai = 3 };
    enum class Control { Quality = 0, Autoplay = 1, Network = 2 };
    static constexpr int kMessageKinds = 4;

    PocketRules(const Params& params, const LevelOptions& options);
    static std::vector<ParamSpec> paramSpecs();
    static LevelNeeds needs();
    static LevelGoal goalFor(const Params& params, const LevelOptions& options);

    void start(LevelContext& ctx) override;
    void step(LevelContext& ctx, const InputFrame& input) override;
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) override;
    Outcome outcome() const override { return m_outcome; }
    float progress() const override { return static_cast<float>(m_delivered) / static_cast<float>(m_goal); }
    void hash(StateHasher& h) const override;
    std::string describe() const override;
    std::string hint(int steps, int idleSteps) const override;
    GestureCue cue() const override;
    std::string suggestedGrab() const override;
    float footprintAdded() const override { return m_share * progress(); }
    // "hot" when the centre was left to overheat: two controls or more still at their worst.
    std::string endVariant() const override;

    // For the view, the HUD, the end panel and the tests.
    bool wifi() const { return m_wifi; }
    bool lowQuality() const { return m_lowQuality; }
    bool autoplayOpen() const { return m_autoplay; }
    float heat() const { return m_heat; }   // 0 cool … 1 too hot (a game value, never shown as a number)
    float water() const { return m_water; } // what the cooling drank, in tanks (a game value)
    float peakHeat() const { return m_peakHeat; } // the hottest it got
    float heatSum() const { return m_heatSum; }   // heat over time, in heat × seconds
    bool overheated() const { return m_overheated; }
    int delivered() const { return m_delivered; } // the family's messages that arrived
    int videosDelivered() const { return m_videos; }
    int autoplayDelivered() const { return m_autoplayIn; }
    int goal() const { return m_goal; }
    int switches(Control c) const { return m_switches[static_cast<std::size_t>(c)]; }
    // What each ball is, by body: the view draws its sign.
    Message messageOf(const b2Body* ball) const;
    bool fromAutoplay(const b2Body* ball) const;
    float secondsLeft() const;

private:
    void toggle(LevelContext& ctx, Control c);
    void send(LevelContext& ctx, Message m, bool autoplay);
    void pinKnobs(LevelContext& ctx) const;
    void unjam(LevelContext& ctx, const std::vector<b2Body*>& balls);

    bool m_challenge;
    float m_share = 0.f; // what using the phone puts in the jar (the level file's <footprint>, G5)
    int m_goal;
    float m_heatOf[kMessageKinds + 1]; // text, photo, video (lower quality), AI, video in high quality
    float m_mobileFactor, m_coolingPerSecond, m_heatScale, m_waterPerHeat, m_admitSeconds, m_challengeSeconds;
    Spawner m_family, m_autoplayTap;
    bool m_wifi = false, m_lowQuality = false, m_autoplay = true; // the worst of each, to begin
    float m_heat = 0.f, m_water = 0.f, m_peakHeat = 0.f, m_heatSum = 0.f;
    bool m_overheated = false;
    float m_doorTimer = 0.f, m_jamTimer = 0.f;
    int m_sent = 0, m_delivered = 0, m_videos = 0, m_autoplayIn = 0, m_steps = 0;
    std::array<int, 3> m_switches{};
    Outcome m_outcome = Outcome::Running;
};

} // namespace mobi
