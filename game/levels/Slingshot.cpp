// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Slingshot.hpp"

#include "core/FixedStep.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

const float kDt = static_cast<float>(kStepSeconds);
constexpr float kTurnSpeed = 0.9f;                // rad/s with an arrow held
constexpr float kLowest = 0.05f, kHighest = 1.4f; // rad: from nearly flat to nearly straight up

} // namespace

bool Slingshot::step(const InputFrame& in, bool keys, b2Vec2& velocity) {
    // The mouse: press on the pouch, drag back, let go.
    if (in.pointerValid) {
        const b2Vec2 pointer(in.pointerX, in.pointerY);
        if (in.pointerDown && !m_mouse && !m_charging && (pointer - pouch()).Length() <= m_spec.grabRadius) {
            m_mouse = true;
            m_keys = false;
        }
        if (m_mouse) {
            b2Vec2 p = pointer - m_spec.rest;
            const float len = p.Length();
            if (len > m_spec.maxPull) p *= m_spec.maxPull / len;
            m_mousePull = p;
            if (!in.pointerDown) {
                m_mouse = false;
                const float s = m_mousePull.Length() / m_spec.maxPull;
                velocity = -(m_spec.maxSpeed / m_spec.maxPull) * m_mousePull;
                m_mousePull.SetZero();
                return s >= m_spec.minStrength;
            }
            return false;
        }
    }
    if (!keys) return false;
    // The keyboard: the arrows aim, Space held pulls, let go throws.
    if (in.axisX != 0 || in.axisY != 0) {
        m_keys = true;
        m_angle = std::clamp(m_angle + kTurnSpeed * kDt * static_cast<float>(in.axisY - in.axisX), kLowest,
                             kHighest);
    }
    if (in.actionPressed && !m_charging) {
        m_keys = true;
        m_charging = true;
        m_charge = 0.f;
    }
    if (m_charging) {
        if (in.action) {
            m_charge = std::min(1.f, m_charge + kDt / m_spec.chargeSeconds);
            return false;
        }
        m_charging = false;
        const float s = m_charge;
        m_charge = 0.f;
        if (s < m_spec.minStrength) return false;
        m_lastCharge = s;
        velocity = -(m_spec.maxSpeed / m_spec.maxPull) * keyPull(s);
        return true;
    }
    return false;
}

void Slingshot::cancel() {
    m_mouse = m_charging = false;
    m_mousePull.SetZero();
    m_charge = 0.f;
}

b2Vec2 Slingshot::keyPull(float charge) const {
    return {-std::cos(m_angle) * charge * m_spec.maxPull, -std::sin(m_angle) * charge * m_spec.maxPull};
}

b2Vec2 Slingshot::pull() const {
    if (m_mouse) return m_mousePull;
    if (m_charging) return keyPull(m_charge);
    return {0.f, 0.f};
}

float Slingshot::strength() const { return pull().Length() / m_spec.maxPull; }

b2Vec2 Slingshot::throwVelocity() const {
    const b2Vec2 p = m_keys && !m_charging ? keyPull(m_lastCharge) : pull();
    return -(m_spec.maxSpeed / m_spec.maxPull) * p;
}

std::vector<b2Vec2> Slingshot::preview(int count, int everySteps, float floorY) const {
    std::vector<b2Vec2> points;
    b2Vec2 v = throwVelocity();
    if (v.Length() < m_spec.maxSpeed * m_spec.minStrength) return points;
    b2Vec2 p = m_spec.rest; // let go, the pouch springs back and the throw starts from rest
    // Box2D's own integration (velocity first, then position), so the arc is the throw's.
    for (int step = 1; static_cast<int>(points.size()) < count && step < 60 * 10; ++step) {
        v.y += m_spec.gravityY * kDt;
        p += kDt * v;
        if (p.y < floorY) break;
        if (step % everySteps == 0) points.push_back(p);
    }
    return points;
}

void Slingshot::hash(StateHasher& h) const {
    for (bool b : {m_mouse, m_keys, m_charging})
        h.add(b ? 1 : 0);
    for (float f : {m_mousePull.x, m_mousePull.y, m_charge, m_lastCharge, m_angle})
        h.add(f);
}

} // namespace mobi
