// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Grabber.hpp"

#include "core/FixedStep.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
b2Body* Grabber::nearestGrabbable(PhysicsWorld& world) const {
    b2Body* best = nullptr;
    float bestDistance = kReach;
    world.forEachBody([&](b2Body* b) {
        if (b->GetType() != b2_dynamicBody || !b->IsEnabled() || !PhysicsWorld::info(b).grabbable ||
            world.isDoomed(b))
            return;
        const float d = (b->GetWorldCenter() - m_hand).Length();
        if (d < bestDistance) {
            bestDistance = d;
            best = b;
        }
    });
    return best;
}

void Grabber::cycle(PhysicsWorld& world, const b2Body* suggested) {
    if (suggested && suggested->IsEnabled() && suggested->GetType() == b2_dynamicBody &&
        PhysicsWorld::info(suggested).grabbable && (suggested->GetWorldCenter() - m_hand).Length() > 0.05f) {
        m_hand = suggested->GetWorldCenter();
        return;
    }
    // Grabbable bodies ordered left to right, then bottom to top: a stable tour.
    std::vector<b2Body*> bodies;
    world.forEachBody([&](b2Body* b) {
        if (b->GetType() == b2_dynamicBody && b->IsEnabled() && PhysicsWorld::info(b).grabbable &&
            !world.isDoomed(b))
            bodies.push_back(b);
    });
    if (bodies.empty()) return;
    auto before = [](const b2Body* a, const b2Body* b) {
        const b2Vec2 pa = a->GetWorldCenter(), pb = b->GetWorldCenter();
        return pa.x != pb.x ? pa.x < pb.x : pa.y < pb.y;
    };
    std::sort(bodies.begin(), bodies.end(), before);
    b2Body* next = bodies.front();
    for (b2Body* b : bodies) {
        const b2Vec2 p = b->GetWorldCenter();
        if (p.x > m_hand.x + 0.05f || (std::abs(p.x - m_hand.x) <= 0.05f && p.y > m_hand.y + 0.05f)) {
            next = b;
            break;
        }
    }
    m_hand = next->GetWorldCenter();
}

void Grabber::step(PhysicsWorld& world, const InputFrame& in, bool moveHand, std::vector<LevelEvent>& events,
                   const b2Body* suggested) {
    // Mouse: the hand is the pointer.
    if (in.pointerValid) {
        const b2Vec2 pointer(in.pointerX, in.pointerY);
        // The mouse takes the hand back when it moves or clicks; a mouse left lying
        // where it was does not undo what Tab and the arrows just did.
        const bool moved = !m_pointerSeen || pointer.x != m_lastPointer.x || pointer.y != m_lastPointer.y;
        if (moved || in.pointerDown != m_pointerWasDown) m_keyboard = false;
        m_lastPointer = pointer;
        m_pointerSeen = true;
        if (!m_keyboard) m_hand = pointer;
        if (in.pointerDown && !m_pointerWasDown && world.grabAt(pointer))
            events.push_back({LevelEvent::Kind::Grabbed, pointer.x, pointer.y, 0});
        if (!in.pointerDown && m_pointerWasDown && world.grabbed()) {
            world.release();
            events.push_back({LevelEvent::Kind::Released, pointer.x, pointer.y, 0});
        }
        m_pointerWasDown = in.pointerDown;
    }
    // Keyboard: the arrows move the hand, Space grabs or lets go, Tab jumps.
    if (moveHand && (in.axisX != 0 || in.axisY != 0)) {
        m_keyboard = true;
        const float d = kHandSpeed * static_cast<float>(kStepSeconds);
        m_hand.x = std::clamp(m_hand.x + d * static_cast<float>(in.axisX), 0.f, m_width);
        m_hand.y = std::clamp(m_hand.y + d * static_cast<float>(in.axisY), 0.f, m_playTop);
    }
    if (moveHand && in.cyclePressed && !world.grabbed()) {
        m_keyboard = true;
        cycle(world, suggested);
    }
    if (moveHand && in.actionPressed) {
        m_keyboard = true;
        if (world.grabbed()) {
            world.release();
            events.push_back({LevelEvent::Kind::Released, m_hand.x, m_hand.y, 0});
        } else if (b2Body* b = nearestGrabbable(world)) {
            world.grabBody(b, b->GetWorldCenter());
            m_hand = b->GetWorldCenter();
            events.push_back({LevelEvent::Kind::Grabbed, m_hand.x, m_hand.y, 0});
        }
    }
    if (world.grabbed()) {
        // What is dragged stays where the player sees it: below the top band.
        b2AABB play;
        play.lowerBound.Set(0.f, 0.f);
        play.upperBound.Set(m_width, m_playTop);
        world.dragTo(m_hand, play);
    }
}

void Grabber::hash(StateHasher& h) const {
    h.add(m_hand.x);
    h.add(m_hand.y);
    h.add(m_keyboard);
    h.add(m_lastPointer.x);
    h.add(m_lastPointer.y);
    h.add(m_pointerSeen);
}

} // namespace mobi
