// SPDX-License-Identifier: GPL-3.0-or-later
// Grabbing and dragging, the same way in every level: with the mouse (press on
// a body, drag, release) or with the keyboard (arrows move a hand, Space or
// Enter grabs and lets go, Tab jumps to the next thing that can be grabbed).
#pragma once

#include "core/InputFrame.hpp"
#include "core/PhysicsWorld.hpp"
#include "core/StateHash.hpp"
#include "levels/LevelRules.hpp"

#include <vector>

namespace mobi {

class Grabber {
public:
    static constexpr float kHandSpeed = 7.f; // m/s with an arrow key held
    static constexpr float kReach = 1.2f;    // m: how near the hand must be to grab with the keyboard

    // The world's size, and the height above which the top band hides it.
    void setWorld(float width, float height, float playTop) {
        m_width = width;
        m_height = height;
        m_playTop = playTop;
        m_hand = {width / 2.f, height / 2.f};
    }
    // `moveHand`: whether the arrows move the hand in this level. `suggested`:
    // where Tab goes first, if the hand is not on it already (the part to take
    // now in L'Usine); null for plain left-to-right.
    void step(PhysicsWorld& world, const InputFrame& in, bool moveHand, std::vector<LevelEvent>& events,
              const b2Body* suggested = nullptr);
    b2Vec2 hand() const { return m_hand; }
    // Where the player works with a tool (a screwdriver, a heat gun): the mouse
    // while pressed, or the keyboard hand while Space or Enter is held.
    bool toolPoint(const InputFrame& in, b2Vec2& out) const {
        if (in.pointerValid && in.pointerDown)
            out.Set(in.pointerX, in.pointerY);
        else if (in.action)
            out = m_hand;
        return (in.pointerValid && in.pointerDown) || in.action;
    }
    bool keyboardActive() const { return m_keyboard; }
    void setHand(b2Vec2 p) { m_hand = p; }
    void hash(StateHasher& h) const;

private:
    b2Body* nearestGrabbable(PhysicsWorld& world) const;
    void cycle(PhysicsWorld& world, const b2Body* suggested);

    float m_width = 32.f, m_height = 18.f, m_playTop = 16.4f;
    b2Vec2 m_hand{16.f, 9.f};
    bool m_keyboard = false; // the hand was last moved with the keys
    bool m_pointerWasDown = false;
    b2Vec2 m_lastPointer{0.f, 0.f}; // where the mouse was at the last step
    bool m_pointerSeen = false;
};

} // namespace mobi
