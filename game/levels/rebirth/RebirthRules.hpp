// SPDX-License-Identifier: GPL-3.0-or-later
// Level 6, La Renaissance (recovery), in three phases (levels/06_rebirth.xml):
//  1. the repair bench: unscrew Mobi's back (or soften the glue with a heat
//     gun if the factory glued it), lift the cover, take the worn battery to
//     the collection box and put the new one in its place;
//  2. the recycler, for a phone that is truly dead: the player moves a magnet
//     that catches iron; plastics float over the tank's wall into the skimmer;
//     gold sinks into the medal mould; most rare-earth specks slip away
//     (recycling is necessary, but it cannot bring everything back);
//  3. the 5R, our rule of thumb: refuse, reduce, repair or reuse (either
//     first), recycle — five crates on five steps. A wrong step sends the
//     crate back, never a dead end.
// No fail state at any age.
#pragma once

#include "content/LevelLoader.hpp"
#include "levels/DropSlots.hpp"
#include "levels/LevelRules.hpp"
#include "levels/Phases.hpp"
#include "levels/Spawner.hpp"

#include <array>

namespace mobi {

class RebirthRules : public LevelRules {
public:
    enum class Phase { Bench = 0, Recycler = 1, Podium = 2 };
    enum class BenchStep { Open = 0, LiftCover = 1, OldBattery = 2, NewBattery = 3 };

    RebirthRules(const Params& params, const LevelOptions& options);
    static std::vector<ParamSpec> paramSpecs();
    static LevelNeeds needs();
    static LevelGoal goalFor(const Params&, const LevelOptions&) { return {5, false, 0.f}; }

    void start(LevelContext& ctx) override;
    void step(LevelContext& ctx, const InputFrame& input) override;
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) override;
    Outcome outcome() const override { return m_outcome; }
    float progress() const override;
    void hash(StateHasher& h) const override;
    bool usesKeyboardHand() const override { return phase() != Phase::Recycler; }
    std::string describe() const override;
    std::string hint(int steps, int idleSteps) const override;
    GestureCue cue() const override;

    // For the view and the HUD.
    Phase phase() const { return static_cast<Phase>(m_phases.index()); }
    BenchStep benchStep() const { return m_benchStep; }
    bool repaired() const { return m_repaired; }
    bool glued() const { return m_glued; }
    float heat() const { return m_heat; } // 0..1 while softening the glue
    int screwsOut() const { return m_screwsOut; }
    float screwTurn(int i) const { return m_screwTurn[static_cast<std::size_t>(i)]; } // 0..1 while unscrewing
    int ironCaught() const { return m_iron; }
    int goldInMould() const { return m_gold; }
    int rareEarthsLost() const { return m_rareLost; }
    int rareEarthsKept() const { return m_rareKept; }
    int ironGoal() const { return m_ironGoal; }
    int goldGoal() const { return m_goldGoal; }
    int cratesPlaced() const { return m_placed; }
    bool stepFilled(int step) const { return m_onStep[static_cast<std::size_t>(step - 1)] != 0; }
    int wrongTries() const { return m_slots.refusals(); }

private:
    void stepBench(LevelContext& ctx, const InputFrame& input);
    void stepRecycler(LevelContext& ctx, const InputFrame& input);
    void stepPodium(LevelContext& ctx);
    void sortSpecks(LevelContext& ctx);
    void pushWater(LevelContext& ctx) const;

    bool m_glued;
    float m_unscrewSeconds, m_heatSeconds;
    int m_ironGoal, m_goldGoal;

    Phases m_phases;
    Spawner m_shredder;
    DropSlots m_benchDrops{{"bench.bin", "bench.slot"}};
    DropSlots m_slots{{"podium.slot1", "podium.slot2", "podium.slot3", "podium.slot4", "podium.slot5"}};
    BenchStep m_benchStep = BenchStep::Open;
    bool m_repaired = false;
    float m_heat = 0.f;
    std::array<float, 4> m_screwTurn{};
    int m_screwsOut = 0;
    float m_magnetTarget = 17.5f; // where the magnet heads; it starts aside, at the end of its rail
    bool m_recyclerDone = false;  // both goals met: celebrating before the podium
    int m_iron = 0, m_gold = 0, m_plastic = 0, m_rareLost = 0, m_rareKept = 0, m_ironLost = 0;
    std::array<int, 5> m_onStep{}; // the rank of the crate on each step (0: none yet)
    int m_placed = 0;
    Outcome m_outcome = Outcome::Running;
};

} // namespace mobi
