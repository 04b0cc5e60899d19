// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/RockingDeck.hpp"

#include "core/FixedStep.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {
constexpr float kTwoPi = 6.2831853f, kDegToRad = 0.017453292f;
}

void RockingDeck::step(LevelContext& ctx, float calm) {
    b2Body* deck = ctx.world.body(m_setup.body);
    if (!deck) return;
    if (!m_started) {
        m_home = deck->GetPosition();
        m_started = true;
    }
    ++m_steps;
    // Where the deck should be at the end of this step; the velocities that take it there.
    const float dt = static_cast<float>(kStepSeconds), t = seconds();
    const float phase = kTwoPi * t / m_setup.periodSeconds, k = std::clamp(calm, 0.f, 1.f);
    m_angle = k * amplitude() * std::sin(phase);
    const float y = m_home.y + k * m_setup.heave * std::sin(phase * 0.5f);
    deck->SetAngularVelocity((m_angle * kDegToRad - deck->GetAngle()) / dt);
    deck->SetLinearVelocity({(m_home.x - deck->GetPosition().x) / dt, (y - deck->GetPosition().y) / dt});
}

float RockingDeck::seconds() const { return static_cast<float>(m_steps * kStepSeconds); }

float RockingDeck::swellPhase() const {
    if (m_setup.swellEvery <= 0) return -1.f;
    const float rocks = seconds() / m_setup.periodSeconds;
    const int rock = static_cast<int>(rocks);
    // The first big wave comes after `swellEvery` calm rocks, not at once.
    if (rock % m_setup.swellEvery != m_setup.swellEvery - 1) return -1.f;
    return rocks - static_cast<float>(rock);
}

float RockingDeck::nextSwellIn() const {
    if (m_setup.swellEvery <= 0) return 1e9f;
    if (swellPhase() >= 0.f) return 0.f;
    const float rocks = seconds() / m_setup.periodSeconds;
    const int rock = static_cast<int>(rocks);
    const int next = rock - rock % m_setup.swellEvery + m_setup.swellEvery - 1;
    return (static_cast<float>(next) - rocks) * m_setup.periodSeconds;
}

float RockingDeck::amplitude() const {
    const float p = swellPhase();
    if (p < 0.f) return m_setup.amplitudeDegrees;
    // Smoothly up and back down within the rock, so the deck never jerks.
    const float bump = std::sin(p * kTwoPi / 2.f);
    return m_setup.amplitudeDegrees + (m_setup.swellDegrees - m_setup.amplitudeDegrees) * bump * bump;
}

void RockingDeck::hash(StateHasher& h) const {
    h.add(m_steps);
    h.add(m_angle);
}

} // namespace mobi
