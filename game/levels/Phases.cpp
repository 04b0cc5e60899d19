// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Phases.hpp"

namespace mobi {

void Phases::enter(LevelContext& ctx, std::size_t index) {
    if (index >= ctx.data.phases.size()) return;
    m_index = index;
    m_steps = 0;
    m_finishIn = -1;
    const PhaseData& phase = ctx.data.phases[index];
    ctx.world.release();
    ctx.world.enablePhase(phase.name);
    ctx.world.setGravity(phase.gravityY);
    ctx.events.push_back({LevelEvent::Kind::Phase, ctx.data.worldWidth / 2.f, ctx.data.worldHeight / 2.f,
                          static_cast<int>(index)});
}

bool Phases::step(LevelContext& ctx) {
    ++m_steps;
    if (m_finishIn < 0 || --m_finishIn > 0) return false;
    if (m_index + 1 >= ctx.data.phases.size()) {
        m_finishIn = -1;
        return false;
    }
    enter(ctx, m_index + 1);
    return true;
}

void Phases::finishAfter(int steps) {
    if (m_finishIn < 0) m_finishIn = steps;
}

void Phases::hash(StateHasher& h) const {
    h.add(static_cast<int>(m_index));
    h.add(m_steps);
    h.add(m_finishIn);
}

} // namespace mobi
