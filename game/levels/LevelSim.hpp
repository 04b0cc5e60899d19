// SPDX-License-Identifier: GPL-3.0-or-later
// One level being played: the physics world, the rules, the grabbing hand, the
// step count and the seeded random generator. It runs the same with a window,
// headless, or in a test; stateHash() sums it all up for determinism tests.
#pragma once

#include "content/LevelData.hpp"
#include "core/InputFrame.hpp"
#include "core/InputScript.hpp"
#include "core/Params.hpp"
#include "core/PhysicsWorld.hpp"
#include "core/Rng.hpp"
#include "levels/Grabber.hpp"
#include "levels/LevelRules.hpp"
#include "levels/MobiMood.hpp"
#include "levels/Zones.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace mobi {

// The share of the world's height the player sees under the top band (64 of 720 pixels).
constexpr float kPlayShare = 656.f / 720.f;

class LevelSim {
public:
    LevelSim(const LevelData& data, Params params, std::unique_ptr<LevelRules> rules, LevelOptions options,
             std::uint32_t seed);

    void step(const InputFrame& input);

    Outcome outcome() const { return m_rules->outcome(); }
    // What the level has put in Mobi's footprint jar (see LevelRules::footprintAdded).
    float footprintAdded() const { return m_rules->footprintAdded(); }
    int steps() const { return m_steps; }
    std::uint64_t stateHash() const;

    const PhysicsWorld& world() const { return m_world; }
    const LevelRules& rules() const { return *m_rules; }
    const LevelData& data() const { return m_data; }
    const Params& params() const { return m_params; }
    const LevelOptions& options() const { return m_options; }
    const Grabber& grabber() const { return m_grabber; }
    const Zones& zones() const { return m_zones; }
    int idleSteps() const { return m_idleSteps; }
    // Where the body or zone `name` is now, in metres, on the screen's pixel
    // grid (see core/PixelGrid.hpp); false when the level has none of that name.
    bool locate(const std::string& name, float& x, float& y) const;
    // locate() for a ScriptPlayer: "pointer @bench.screw1".
    PointLocator locator() const {
        return [this](const std::string& name, float& x, float& y) { return locate(name, x, y); };
    }
    // The gesture to show now with the ghost hand, placed in metres (kind
    // None when there is none to show: see core/GestureCue.hpp).
    PlacedCue cue() const;
    const MobiMood& mood() const { return m_mood; }
    // What the player should be told now (a string id, "" for nothing).
    std::string hint() const { return m_rules->hint(m_steps, m_idleSteps); }
    // Events of the last step (sounds, sparkles); replaced by the next step.
    const std::vector<LevelEvent>& events() const { return m_events; }

private:
    LevelContext context();
    void removeLostBodies();

    const LevelData& m_data;
    Params m_params;
    LevelOptions m_options;
    PhysicsWorld m_world;
    Rng m_rng;
    std::unique_ptr<LevelRules> m_rules;
    Grabber m_grabber;
    Zones m_zones;
    std::vector<LevelEvent> m_events;
    int m_steps = 0;
    int m_idleSteps = 0;
    CueTimer m_cueTimer;
    MobiMood m_mood;
};

} // namespace mobi
