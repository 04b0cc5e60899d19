// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Spawner.hpp"

#include "core/FixedStep.hpp"

namespace mobi {

bool Spawner::due(bool held) {
    if (held) return false;
    m_timer -= static_cast<float>(kStepSeconds);
    if (m_timer > 0.f) return false;
    m_timer += m_setup.interval;
    return true;
}

b2Body* Spawner::spawn(LevelContext& ctx, const std::string& templateName, float scale, int variant) const {
    const ZoneData* zone = ctx.data.zone(m_setup.zone);
    const BodyData* t = ctx.data.bodyTemplate(templateName);
    if (!zone || !t) return nullptr; // the loader checks the rules' needs: not in a loaded level
    Rng& rng = ctx.rng;
    const b2Vec2 at(rng.uniform(zone->x - zone->w / 2.f, zone->x + zone->w / 2.f),
                    rng.uniform(zone->y - zone->h / 2.f, zone->y + zone->h / 2.f));
    const float angle = m_setup.randomAngle ? rng.uniform(0.f, 6.2831853f) : 0.f;
    const b2Vec2 push(rng.uniform(-m_setup.pushX, m_setup.pushX), m_setup.pushY);
    return ctx.world.spawn(*t, at, angle, push, scale, variant);
}

} // namespace mobi
