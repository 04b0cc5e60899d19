// SPDX-License-Identifier: GPL-3.0-or-later
// Level 5, Le Tiroir (end of life), levels/05_drawer.xml. A drawer jammed
// with sleeping phones (F1, F2: tens of millions in French drawers, two thirds
// still working). The child tugs them out one by one, each showing its state
// (works, cracked screen, worn battery, truly dead), and throws each with the
// slingshot into its place: the gift box (give or sell), the toolbox
// (repair), the collection box (truly dead). Wrong places teach, they do not
// punish: from the household bin the phone comes back with a word about why;
// the mysterious boat carries it far away (F8's GPS trackers, F9's smoky
// scrapyard), the view follows its tracker, and the phone comes back to be
// thrown again. A throw that lands nowhere comes back too. Nothing fails for
// 6–8; 9–12 may take a challenge (a clock).
#pragma once

#include "content/LevelLoader.hpp"
#include "levels/LevelRules.hpp"
#include "levels/Slingshot.hpp"

#include <array>
#include <vector>

namespace mobi {

class DrawerRules : public LevelRules {
public:
    enum class State { Works = 0, Cracked = 1, WornBattery = 2, Dead = 3 };
    // The places, in the order of the floor from the slingshot outwards.
    enum class Place { Trash = 0, Give = 1, Repair = 2, Collect = 3, Boat = 4 };
    static constexpr int kPlaces = 5;
    static constexpr int kMostPhones = 9;
    // Where the phone in play is: in the drawer (none taken), on its way to
    // the slingshot, in it, thrown, away on the boat, or coming back.
    enum class Phase { Drawer, ToSling, Loaded, Flying, Voyage, Returning };

    DrawerRules(const Params& params, const LevelOptions& options);
    static std::vector<ParamSpec> paramSpecs();
    static LevelNeeds needs();
    static LevelGoal goalFor(const Params& params, const LevelOptions& options);
    static const char*
    placeName(Place p); // "trash", "give"…: its body is "bin.<name>", its inside "in.<name>"
    static Place rightPlace(State s);

    void start(LevelContext& ctx) override;
    void step(LevelContext& ctx, const InputFrame& input) override;
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) override;
    Outcome outcome() const override { return m_outcome; }
    float progress() const override { return static_cast<float>(placed()) / static_cast<float>(m_phones); }
    void hash(StateHasher& h) const override;
    std::string describe() const override;
    std::string hint(int steps, int idleSteps) const override;
    GestureCue cue() const override;
    std::string suggestedGrab() const override;
    // The arrows aim the slingshot while a phone sits in it; otherwise they move the hand.
    bool usesKeyboardHand() const override { return m_phase == Phase::Drawer; }

    // For the view, the HUD, the end panel and the tests.
    int phones() const { return m_phones; } // in this play: 6 for 6–8, 9 for 9–12
    int inDrawer() const;
    int placed() const;
    int placedIn(Place p) const { return m_placedIn[static_cast<std::size_t>(p)]; }
    int tripsTo(Place p) const {
        return m_tripsTo[static_cast<std::size_t>(p)];
    } // every landing, right or wrong
    int misses() const { return m_misses; }
    Phase phase() const { return m_phase; }
    State stateOf(int phone) const { return m_states[static_cast<std::size_t>(phone)]; }
    // The phone in play (-1 for none), and where it is drawn while the rules carry it.
    int current() const { return m_current; }
    b2Vec2 carriedAt() const { return m_carriedAt; }
    bool inDrawerNow(int phone) const { return m_where[phone] == Where::Drawer; }
    bool placedNow(int phone) const { return m_where[phone] == Where::Placed; }
    // How far the held phone has been tugged, 0 … 1 (it comes out at 1): the view leans it.
    float tug() const { return m_tug; }
    b2Vec2 tugLean() const { return m_lean; }
    // The boat's trip: 0 … 1 while the tracker crosses the sea.
    float voyage() const { return m_phase == Phase::Voyage ? m_timer / m_voyageSeconds : 0.f; }
    const Slingshot& sling() const { return m_sling; }
    float secondsLeft() const;
    b2Vec2 homeOf(int phone) const; // where the level file stands it in the drawer

private:
    enum class Where { Drawer, Play, Placed };
    static const std::array<State, kMostPhones> kStates;
    std::array<State, kMostPhones> m_states = kStates; // this play's drawer: kStates shuffled
    void holdInDrawer(LevelContext& ctx);
    void tugging(LevelContext& ctx);
    void carry(LevelContext& ctx, b2Vec2 from, b2Vec2 to, Phase moving);
    void land(LevelContext& ctx, Place p);
    void comeBack(LevelContext& ctx, const char* word);
    void setDrawerGrabbable(LevelContext& ctx, bool grabbable);
    b2Body* currentBody(LevelContext& ctx) const;

    bool m_challenge;
    int m_phones;
    float m_tugNeed, m_tugHold, m_carrySeconds, m_voyageSeconds, m_settleSeconds, m_challengeSeconds;
    Slingshot m_sling;
    std::array<Where, kMostPhones> m_where{};
    std::array<b2Vec2, kMostPhones> m_home{};
    Phase m_phase = Phase::Drawer;
    int m_current = -1;
    b2Vec2 m_carriedAt{0.f, 0.f}, m_from{0.f, 0.f}, m_to{0.f, 0.f};
    float m_timer = 0.f, m_tugTimer = 0.f, m_tug = 0.f, m_still = 0.f, m_settle = 0.f;
    b2Vec2 m_lean{0.f, 0.f};
    std::string m_word; // a word about the last wrong place, shown a while
    float m_wordTimer = 0.f;
    std::array<int, kPlaces> m_placedIn{}, m_tripsTo{};
    int m_misses = 0, m_steps = 0;
    Outcome m_outcome = Outcome::Running;
};

} // namespace mobi
