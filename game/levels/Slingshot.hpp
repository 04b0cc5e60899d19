// SPDX-License-Identifier: GPL-3.0-or-later
// A slingshot, the same in any level: a pouch at rest, pulled back and let go,
// throws what it holds along an arc (the opposite way to the pull, faster the
// further it was pulled). With the mouse: press on the pouch, drag it back,
// let go. With the keyboard: the arrows turn the aim (↑ and ← higher, ↓ and →
// lower), Space held pulls harder and harder, let go throws. A pull too small
// to throw gives the pouch back. It never draws: the view draws the pouch at
// pouch() and the arc from preview(), which follows the physics' own steps.
#pragma once

#include "core/InputFrame.hpp"
#include "core/StateHash.hpp"

#include <box2d/box2d.h>

#include <vector>

namespace mobi {

class Slingshot {
public:
    struct Spec {
        b2Vec2 rest{0.f, 0.f};      // the pouch at rest, in metres
        float maxPull = 2.4f;       // m: the pouch goes no further back
        float maxSpeed = 13.f;      // m/s: a throw at full pull
        float grabRadius = 1.4f;    // m: a press this near the pouch takes it
        float chargeSeconds = 1.6f; // Space held this long pulls fully back
        float minStrength = 0.12f;  // a pull weaker than this throws nothing
        float gravityY = -9.8f;     // for the arc shown
    };
    explicit Slingshot(Spec spec) : m_spec(spec) {}

    // One fixed step of the player's input; true when it throws now, with
    // `velocity` the throw's. The keyboard counts only if `keys` (the level
    // lets the arrows aim now).
    bool step(const InputFrame& in, bool keys, b2Vec2& velocity);
    // Forget a pull in progress (the thing in the pouch went away).
    void cancel();

    b2Vec2 pouch() const { return m_spec.rest + pull(); }
    b2Vec2 rest() const { return m_spec.rest; }
    const Spec& spec() const { return m_spec; }
    bool pulling() const { return m_mouse || m_charging; }
    // The keyboard is aiming: the view shows the arc even before Space pulls.
    bool aimingWithKeys() const { return m_keys; }
    float strength() const; // 0 at rest … 1 fully pulled
    // The throw a release would make now (for the keyboard before Space is held:
    // as strong as the last throw, so that the arc shows where the aim points).
    b2Vec2 throwVelocity() const;
    // Where a throw now would pass (it starts from rest()), one point every
    // `everySteps` physics steps, until it falls below `floorY` or `count` points are made.
    std::vector<b2Vec2> preview(int count, int everySteps, float floorY) const;
    float aimAngle() const { return m_angle; } // radians above the horizontal, keyboard aim
    void hash(StateHasher& h) const;

private:
    b2Vec2 pull() const; // pouch − rest
    b2Vec2 keyPull(float charge) const;

    Spec m_spec;
    bool m_mouse = false; // the mouse holds the pouch
    b2Vec2 m_mousePull{0.f, 0.f};
    bool m_keys = false;     // the keyboard aims
    bool m_charging = false; // Space is held
    float m_charge = 0.f, m_lastCharge = 0.6f;
    float m_angle = 0.7f;
};

} // namespace mobi
