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
    const float dt = static_cast<float>(kStepSeconds), t = static_cast<float>(m_steps) * dt;
    const float phase = kTwoPi * t / m_setup.periodSeconds, k = std::clamp(calm, 0.f, 1.f);
    m_angle = k * m_setup.amplitudeDegrees * std::sin(phase);
    const float y = m_home.y + k * m_setup.heave * std::sin(phase * 0.5f);
    deck->SetAngularVelocity((m_angle * kDegToRad - deck->GetAngle()) / dt);
    deck->SetLinearVelocity({(m_home.x - deck->GetPosition().x) / dt, (y - deck->GetPosition().y) / dt});
}

void RockingDeck::hash(StateHasher& h) const {
    h.add(m_steps);
    h.add(m_angle);
}

} // namespace mobi
