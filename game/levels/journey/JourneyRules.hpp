// SPDX-License-Identifier: GPL-3.0-or-later
// Level 3, Le Grand Voyage (transport), in four legs round the world that
// follow T2 (levels/03_journey.xml). On the map the player drops Mobi's parcel
// on the plane or on the slow way (a ship on a sea leg, a train on a land leg):
//  - the slow way: the crates are loaded from the quay onto a deck that rocks
//    (the ship on the waves, the wagon over hills), every few rocks a big
//    wave; the trip goes on while the load is aboard. A crate that falls is
//    fished back by the crane and the trip waits for it: never lost.
//  - the plane: the crates are loaded into its hold, and it is there at once.
// Leg 4 is a van or a cargo bike to the shop, driven by holding (the mouse or
// Space); let go, it still goes, slowly. Each leg fills one of the four globes
// of the distance meter (T1: about four times round the world), and puts a
// cloud on Mobi's footprint jar: a plane's about eight times a ship's or a
// train's (T3). No fail state for 6–8 (three wide crates, a gentler sea);
// 9–12 load four, and may take the challenge: five crates, rougher seas, a clock.
#pragma once

#include "content/LevelLoader.hpp"
#include "levels/DropSlots.hpp"
#include "levels/LevelRules.hpp"
#include "levels/Phases.hpp"
#include "levels/RockingDeck.hpp"

#include <array>

namespace mobi {

class JourneyRules : public LevelRules {
public:
    enum class Phase { Map = 0, Slow = 1, Hold = 2, Ride = 3 }; // the level file's phases, in order
    enum class Way { None, Plane, Ship, Train, Van, Bike };
    enum class Stage { Loading, Travelling, Arrived }; // of a leg by ship, train or plane
    static constexpr int kLegs = 4;
    static constexpr int kMaxCrates = 5;
    static const char* wayName(Way w); // "plane", "ship"… as the profile keeps them

    JourneyRules(const Params& params, const LevelOptions& options);
    static std::vector<ParamSpec> paramSpecs();
    static LevelNeeds needs();
    static LevelGoal goalFor(const Params& params, const LevelOptions& options);

    void start(LevelContext& ctx) override;
    void step(LevelContext& ctx, const InputFrame& input) override;
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) override;
    Outcome outcome() const override { return m_outcome; }
    float progress() const override { return static_cast<float>(m_legsDone) / kLegs; }
    void hash(StateHasher& h) const override;
    std::string describe() const override;
    std::string hint(int steps, int idleSteps) const override;
    GestureCue cue() const override;
    std::string suggestedGrab() const override;
    std::map<std::string, std::string> choicesMade() const override;

    // For the view and the HUD.
    Phase phase() const { return static_cast<Phase>(m_phases.index()); }
    Stage stage() const { return m_stage; }
    int leg() const { return m_leg; } // 0..3, the one under way (3 once all are done)
    int legsDone() const { return m_legsDone; }
    Way way(int leg) const { return m_ways[static_cast<std::size_t>(leg)]; }
    bool bySea(int leg) const { return leg < 3 && m_sea[static_cast<std::size_t>(leg)]; }
    // The distance meter: 0..4 globes, one a leg (T1: about four times round the world).
    float globes() const { return static_cast<float>(m_legsDone) + legFraction(); }
    float legFraction() const; // how far the leg under way has gone, 0..1
    // The clouds put on the jar, leg by leg (planeCloud for a flight, 1 by ship or train).
    std::vector<float> clouds() const;
    float planeCloud() const { return m_planeCloud; }
    const std::vector<std::string>& crates() const { return m_crates; } // the bodies in play, by name
    bool fishing(int crate) const { return m_fish[static_cast<std::size_t>(crate)].stage != Fish::None; }
    bool lifting(int crate) const { // on the crane's hook, going up, across or down
        return m_fish[static_cast<std::size_t>(crate)].stage >= Fish::Lifting;
    }
    int cratesAboard() const { return m_aboard; }
    int cratesInHold() const { return m_inHold; }
    int fishedBack() const { return m_fished; }
    const RockingDeck& deck() const { return m_deck; }
    float deckMotion() const { return m_motion; }     // 0 docked … 1 at sea
    int travelSteps() const { return m_travelSteps; } // since the leg under way set off
    bool challenge() const { return m_challenge; }
    float secondsLeft() const;

private:
    struct Fish {
        enum Stage { None, Bobbing, Lifting, Lowering } stage = None;
        int steps = 0;
        float toX = 0.f; // where the crane lets it down on the deck
    };
    void passOver(LevelContext& ctx);
    float freeSpot(const LevelContext& ctx, std::size_t crate) const;
    void enterPhase(LevelContext& ctx, Phase p);
    void placeCrates(LevelContext& ctx, float groundTop);
    void stepMap(LevelContext& ctx);
    void stepSlow(LevelContext& ctx);
    void stepHold(LevelContext& ctx);
    void stepRide(LevelContext& ctx, const InputFrame& input);
    void stepFishing(LevelContext& ctx);
    void legDone(LevelContext& ctx);

    bool m_young, m_challenge, m_lessMotion;
    float m_tripSeconds, m_flightSeconds, m_rideSeconds, m_challengeSeconds, m_planeCloud = 0.f;
    RockingDeck::Setup m_seaSetup, m_landSetup; // a ship's deck on the waves, a wagon's over hills
    float m_calmWhenLess;                       // the rocking's share kept with less motion
    std::array<bool, 3> m_sea{};
    std::vector<std::string> m_crates;

    Phases m_phases;
    RockingDeck m_deck;
    DropSlots m_picks{{"pick.plane", "pick.slow"}};
    DropSlots m_hold{{"hold"}};
    std::array<Way, kLegs> m_ways{};
    std::array<Fish, kMaxCrates> m_fish{};
    // Where each crate is, as the last step saw it, for the cue (which cannot see the world).
    std::array<bool, kMaxCrates> m_notAboard{}, m_nearEnd{}, m_loaded{};
    std::array<float, kMaxCrates> m_crateX{};
    std::array<bool, kMaxCrates> m_wasCarried{}; // carried at the last step: let go now, put down gently
    struct PutDown {
        int steps = 0; // still going to where it was let go (a quick drag onto the deck)
        b2Vec2 to{0.f, 0.f};
    };
    std::array<PutDown, kMaxCrates> m_putDown{};
    Stage m_stage = Stage::Loading;
    int m_leg = 0, m_legsDone = 0, m_aboard = 0, m_inHold = 0, m_fished = 0;
    bool m_cueToPlane = false; // which way the ghost hand shows on the map
    int m_settled = 0;         // steps the whole load has stood aboard, before the ship sets off
    int m_travelSteps = 0;     // steps the leg has been travelling (the trip waits while a crate is fished)
    int m_arrivedSteps = 0, m_pickedSteps = -1, m_steps = 0;
    float m_motion = 0.f; // the deck's rocking, eased in at departure and out on arrival
    // Travelled (0..1) this leg; the state that depends on the age, so by ship the steps count too.
    float m_travelled = 0.f;
    Outcome m_outcome = Outcome::Running;
};

} // namespace mobi
