// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of one level: what happens each step, what the player must do,
// and when the level is won. Rules never draw and never read a clock or a
// device; they see the world, the input frame and the level's values.
#pragma once

#include "content/LevelData.hpp"
#include "core/GestureCue.hpp"
#include "core/InputFrame.hpp"
#include "core/Params.hpp"
#include "core/PhysicsWorld.hpp"
#include "core/Rng.hpp"
#include "core/StateHash.hpp"

#include <map>
#include <string>
#include <vector>

namespace mobi {

class Grabber;
class Zones;

enum class Outcome { Running, Won, Lost };
const char* outcomeName(Outcome o);

// Something a view may want to show or play a sound for.
struct LevelEvent {
    enum class Kind { Collected, Dropped, Grabbed, Released, Success, Oops, Phase } kind;
    float x = 0.f, y = 0.f; // world metres
    int variant = 0;
};

// Choices made before the level starts, and who plays.
struct LevelOptions {
    std::map<std::string, std::string> choices; // e.g. {"mine", "classic"}
    bool young = true;                          // age band 6–8: no fail state, friendlier goals
    bool challenge = false;                     // 9–12 only: an optional timer
    bool lessMotion = false;                    // low detail: calmer waves, for a child who gets queasy
    bool classVersion = false; // a short class session: the level's <class> parameters (about 3 minutes)
    // Mobi's footprint jar as the level starts, in shares of its whole life's
    // footprint (0.75 after L'Usine): what earlier levels of this player put in.
    float footprintBefore = 0.f;
    std::string choiceOr(const std::string& name, const std::string& fallback) const {
        auto it = choices.find(name);
        return it == choices.end() ? fallback : it->second;
    }
};

struct LevelContext {
    PhysicsWorld& world;
    Rng& rng;
    const Params& params;
    const LevelData& data;
    const LevelOptions& options;
    std::vector<LevelEvent>& events;
    int step;               // steps run before this one
    const Grabber& grabber; // where the mouse or keyboard hand is
    const Zones& zones;     // what is in the level's named zones
    int idleSteps;          // steps since the player last did anything
};

// What a level asks of the player, for the intro card and the HUD: how many
// to collect or place, and whether a timed challenge is offered (9–12).
struct LevelGoal {
    int count = 0;
    bool challengeOffered = false;
    float challengeSeconds = 0.f;
};

class LevelRules {
public:
    virtual ~LevelRules() = default;
    // Called once after the world is built, before the first step.
    virtual void start(LevelContext&) {}
    // Called every step before the physics step.
    virtual void step(LevelContext& ctx, const InputFrame& input) = 0;
    // Called after the physics step with the contacts it began.
    virtual void afterPhysics(LevelContext&, const std::vector<ContactEvent>&) {}
    virtual Outcome outcome() const = 0;
    // How far along the goal is, 0..1, for the HUD.
    virtual float progress() const = 0;
    // The rules' own state (counters, phases), for determinism tests.
    virtual void hash(StateHasher& h) const = 0;
    // The hint the player needs now ("" for none): a string id. In the
    // simulation, so tests see it; the scene shows it in the room the view keeps.
    virtual std::string hint(int /*steps*/, int /*idleSteps*/) const { return ""; }
    // The rules' state as key=value pairs for a replay's report and its tests
    // ("tilt=-12.5 nuggets=3"); "" for nothing to say.
    virtual std::string describe() const { return ""; }
    // True when the arrow keys move the grabbing hand; false when the level
    // uses them itself (the mine's sieve tilts with ← →).
    virtual bool usesKeyboardHand() const { return true; }
    // What this level has put in Mobi's footprint jar so far, in shares of its
    // whole life's footprint; kept in the profile when the level is won.
    virtual float footprintAdded() const { return 0.f; }
    // Choices the player made while playing, by name (Le Grand Voyage's way
    // for each leg: "leg1" = "plane"); kept in the profile when the level is won.
    virtual std::map<std::string, std::string> choicesMade() const { return {}; }
    // The gesture that shows the task at hand without words (a ghost hand
    // tilting the sieve, dragging the battery to the bin); LevelSim decides
    // when it is shown. The names are the level file's bodies and zones.
    virtual GestureCue cue() const { return {}; }
    // Where Tab takes the keyboard hand first: the body to take now ("" for
    // plain left to right, as where choosing is the puzzle: La Renaissance's 5R).
    virtual std::string suggestedGrab() const { return ""; }
    // How it went, as a suffix for the level's end words (<end won="end.pocket"> with
    // "hot": "end.pocket.hot"), so that they say what the pictures show; "" for the
    // plain words, which are also used when the variant has no words of its own.
    virtual std::string endVariant() const { return ""; }
};

} // namespace mobi
