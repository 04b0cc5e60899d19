// Level 6, La Renaissance (recovery), in three phases:
//  1. the repair bench: unscrew Mobi's back (or soften the glue with a heat gun
//     if the factory glued it), lift the cover, take the worn battery to the
//     battery bin and put the new one in its place;
//  2. the recycler, for a phone that is truly dead: the player moves a magnet
//     that catches iron; plastics float over the tank's wall into the skimmer;
//     gold sinks into the medal mould; most rare-earth specks slip away through
//     the grate (recycling is necessary, but it cannot bring everything back);
//  3. the 5R in order: refuse, reduce, repair, reuse, recycle — five crates on
//     five steps. A wrong step slides the crate back, never a dead end.
// No fail state at any age.
#pragma once

#include "levels/LevelRules.hpp"

#include <array>

namespace mobi {

class RebirthRules : public LevelRules {
public:
    enum class Phase { Bench = 0, Recycler = 1, Podium = 2 };
    enum class BenchStep { Open = 0, LiftCover = 1, OldBattery = 2, NewBattery = 3 };
    enum Kind { Iron = 1, Plastic = 2, Gold = 3, RareEarth = 4 };

    RebirthRules(const Params& params, const LevelOptions& options);
    static std::vector<ParamSpec> paramSpecs();

    void start(LevelContext& ctx) override;
    void step(LevelContext& ctx, const InputFrame& input) override;
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) override;
    Outcome outcome() const override { return m_outcome; }
    float progress() const override;
    void hash(StateHasher& h) const override;
    bool usesKeyboardHand() const override { return m_phase != Phase::Recycler; }
    std::string describe() const override;

    // For the view and the HUD.
    Phase phase() const { return m_phase; }
    BenchStep benchStep() const { return m_benchStep; }
    bool glued() const { return m_glued; }
    float heat() const { return m_heat; } // 0..1 while softening the glue
    int screwsOut() const { return m_screwsOut; }
    float screwTurn(int i) const { return m_screwTurn[static_cast<std::size_t>(i)]; } // 0..1 while unscrewing
    int ironCaught() const { return m_iron; }
    int goldInMould() const { return m_gold; }
    int plasticsSkimmed() const { return m_plastic; }
    int rareEarthsLost() const { return m_rareLost; }
    int rareEarthsKept() const { return m_rareKept; }
    int ironGoal() const { return m_ironGoal; }
    int goldGoal() const { return m_goldGoal; }
    int cratesPlaced() const { return m_placed; }
    bool crateDone(int rank) const { return m_crateDone[static_cast<std::size_t>(rank - 1)]; }
    int idleSteps() const { return m_idleSteps; }
    int wrongTries() const { return m_wrongTries; }

private:
    void enterPhase(LevelContext& ctx, Phase phase);
    void stepBench(LevelContext& ctx, const InputFrame& input);
    void stepRecycler(LevelContext& ctx, const InputFrame& input);
    void stepPodium(LevelContext& ctx);
    void spawnSpeck(LevelContext& ctx);
    void pushWater(LevelContext& ctx);

    bool m_glued;
    float m_unscrewSeconds, m_heatSeconds;
    int m_ironGoal, m_goldGoal;
    float m_speckInterval;

    Phase m_phase = Phase::Bench;
    BenchStep m_benchStep = BenchStep::Open;
    float m_heat = 0.f;
    std::array<float, 4> m_screwTurn{};
    int m_screwsOut = 0;
    float m_magnetTarget = 17.5f; // where the magnet heads; it starts aside, at the end of its rail
    float m_speckTimer = 0.f;
    bool m_recyclerDone = false; // both goals met: celebrating before the podium
    int m_iron = 0, m_gold = 0, m_plastic = 0, m_rareLost = 0, m_rareKept = 0, m_ironLost = 0;
    std::array<bool, 5> m_crateDone{};
    int m_placed = 0;
    int m_wrongTries = 0;
    int m_idleSteps = 0;
    int m_phaseSteps = 0;
    Outcome m_outcome = Outcome::Running;
};

} // namespace mobi
