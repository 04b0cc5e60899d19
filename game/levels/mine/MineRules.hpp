// SPDX-License-Identifier: GPL-3.0-or-later
// Level 1, La Mine (extraction). A hopper pours rocks onto a sieve that the
// player tilts (← → or by dragging it). Small metal nuggets fall through its
// holes into Mobi's bucket; big rocks slide off onto the spoil heap, which keeps
// growing: a mountain of rock for a few grams of metal. The hopper waits while
// the sieve is full, so a young child never faces a jam: no fail state for 6–8.
// 9–12 may take an optional challenge against the clock. The world, the things
// poured and the zones are in levels/01_mine.xml.
#pragma once

#include "content/LevelLoader.hpp"
#include "levels/LevelRules.hpp"
#include "levels/Spawner.hpp"

#include <array>

namespace mobi {

class MineRules : public LevelRules {
public:
    enum Metal { Cobalt = 0, Coltan = 1, Gold = 2, Lithium = 3, MetalCount = 4 };
    static const char* const
        kMetals[MetalCount]; // their templates, and their names in the locale ("metal.gold")

    MineRules(const Params& params, const LevelOptions& options);
    static std::vector<ParamSpec> paramSpecs();
    static LevelNeeds needs();
    static LevelGoal goalFor(const Params& params, const LevelOptions& options);

    void step(LevelContext& ctx, const InputFrame& input) override;
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) override;
    Outcome outcome() const override { return m_outcome; }
    float progress() const override;
    void hash(StateHasher& h) const override;
    bool usesKeyboardHand() const override { return false; }
    std::string describe() const override;
    GestureCue cue() const override { return {GestureCue::Kind::Tilt, "sieve", "", 0.f}; }
    std::string hint(int steps, int idleSteps) const override;

    // For the view and the HUD.
    int nuggets(Metal m) const { return m_nuggets[static_cast<std::size_t>(m)]; }
    int nuggetsTotal() const;
    int goal() const { return m_goal; }
    int rocksOnHeap() const { return m_rocksOnHeap; }
    float mud() const { return m_mud; }              // 0..1: how muddy the river is
    bool hopperWaiting() const { return m_waiting; } // the sieve is full: tilt it!
    bool challenge() const { return m_challenge; }
    float secondsLeft() const;
    bool urban() const { return m_urban; }

private:
    void spawn(LevelContext& ctx);
    void steerSieve(LevelContext& ctx, const InputFrame& input);

    float m_nuggetShare, m_mudPerRock;
    int m_maxOnSieve;
    int m_goal;
    bool m_challenge;
    float m_challengeSeconds;
    bool m_urban;
    bool m_young;
    Spawner m_hopper;

    std::array<int, MetalCount> m_nuggets{};
    int m_rocksOnHeap = 0;
    int m_nuggetsLost = 0; // nuggets that slid onto the heap with the rocks
    float m_mud = 0.f;
    float m_targetAngle = 0.f; // degrees, positive tilts the right end up
    bool m_waiting = false;
    int m_steps = 0;
    Outcome m_outcome = Outcome::Running;
};

} // namespace mobi
