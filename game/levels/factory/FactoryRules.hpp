// SPDX-License-Identifier: GPL-3.0-or-later
// Level 2, L'Usine (production). Mobi's parts ride a conveyor belt; the
// player lifts each into its place in the phone, which waits in its jig
// (levels/02_factory.xml): the frame first, then what goes inside it, the
// screen last. Glued (the choice at the start, kept for La Renaissance), a
// part sticks as it lands; screwed, its screw must be turned, a little slower,
// but the phone can be opened again. A part let go in the wrong place, or one
// that falls off the belt, comes round again: nothing is lost, no fail state
// for 6–8 (four parts); 9–12 place six, and may take the faster belt against
// the clock. Each part put in fills Mobi's footprint jar, to the level's share
// (<footprint>, three quarters: M1) once the phone is made.
#pragma once

#include "content/LevelLoader.hpp"
#include "levels/Conveyor.hpp"
#include "levels/DropSlots.hpp"
#include "levels/LevelRules.hpp"

#include <array>

namespace mobi {

class FactoryRules : public LevelRules {
public:
    enum Part { Frame = 0, Board, Battery, Camera, Speaker, Screen, PartCount };
    static const char* const kParts[PartCount]; // "frame"…: body part.<name>, zone slot.<name>

    FactoryRules(const Params& params, const LevelOptions& options);
    static std::vector<ParamSpec> paramSpecs();
    static LevelNeeds needs();
    static LevelGoal goalFor(const Params& params, const LevelOptions& options);

    void start(LevelContext& ctx) override;
    void step(LevelContext& ctx, const InputFrame& input) override;
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>& contacts) override;
    Outcome outcome() const override { return m_outcome; }
    float progress() const override;
    void hash(StateHasher& h) const override;
    std::string describe() const override;
    std::string hint(int steps, int idleSteps) const override;
    GestureCue cue() const override;
    // Tab goes first to the part the cue shows: one on the belt whose outline is open.
    std::string suggestedGrab() const override;
    float footprintAdded() const override;

    // For the view and the HUD.
    bool glued() const { return m_glued; }
    bool used(Part p) const { return m_parts[p].used; }     // in this age band's phone
    bool placed(Part p) const { return m_parts[p].placed; } // in the phone
    bool hasScrew(Part p) const { return m_parts[p].hasScrew; }
    float screwTurn(Part p) const { return m_parts[p].turn; } // 0..1 once placed, 1: fastened
    bool slotOpen(Part p) const;
    int partsPlaced() const { return m_placed; }
    int partsUsed() const;
    int cameRound() const { return m_cameRound; } // parts that fell or were refused and came back
    int wrongTries() const { return m_drops.refusals(); }
    bool challenge() const { return m_challenge; }
    float beltSpeed() const { return m_belt.speed(); } // m/s, to the right
    float secondsLeft() const;

private:
    struct PartState {
        bool used = true, placed = false, hasScrew = false;
        float turn = 0.f;
        int onBeltAt = -1;   // the step it last went on the belt
        bool waiting = true; // off the belt, waiting its turn
    };
    void judgeDrop(LevelContext& ctx);
    void turnScrews(LevelContext& ctx, const InputFrame& input);
    bool fastened(Part p) const {
        return m_parts[p].placed && (!m_parts[p].hasScrew || m_parts[p].turn >= 1.f);
    }
    bool pendingScrew(Part& out) const;

    bool m_glued, m_young, m_challenge;
    float m_screwSeconds, m_challengeSeconds;
    float m_share = 0.f; // what the finished phone puts in the jar (the level file's <footprint>)
    std::array<PartState, PartCount> m_parts{};
    Conveyor m_belt;
    DropSlots m_drops{{"phone"}};
    int m_placed = 0, m_cameRound = 0, m_steps = 0;
    Outcome m_outcome = Outcome::Running;
};

} // namespace mobi
