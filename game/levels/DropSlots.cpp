// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/DropSlots.hpp"

#include "levels/Zones.hpp"

namespace mobi {

std::optional<DropSlots::Drop> DropSlots::step(const LevelContext& ctx) {
    const b2Body* heldNow = ctx.world.grabbed();
    const b2Body* released = m_held != heldNow ? m_held : nullptr;
    m_held = heldNow;
    if (!released || ctx.world.isDoomed(released)) return std::nullopt;
    auto* item = const_cast<b2Body*>(released);
    for (const std::string& zone : m_zones)
        if (ctx.zones.contains(zone, item->GetPosition())) return Drop{item, zone};
    return std::nullopt;
}

void DropSlots::snap(LevelContext& ctx, b2Body* item, const std::string& slot) {
    if (const ZoneData* z = ctx.data.zone(slot)) item->SetTransform({z->x, z->y}, 0.f);
    item->SetLinearVelocity({0.f, 0.f});
    item->SetAngularVelocity(0.f);
    item->SetType(b2_staticBody);
    item->SetAwake(true); // so its contacts (and the zones it is in) are brought up to date
    PhysicsWorld::info(item).grabbable = false;
}

void DropSlots::refuse(LevelContext& ctx, b2Body* item, b2Vec2 velocity) {
    item->SetLinearVelocity(velocity);
    ++m_refusals;
    ctx.events.push_back({LevelEvent::Kind::Oops, item->GetPosition().x, item->GetPosition().y, 0});
}

} // namespace mobi
