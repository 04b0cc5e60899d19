// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Zones.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {

void Zones::update(const PhysicsWorld&, const std::vector<ContactEvent>& contacts) {
    m_entered.clear();
    for (const ContactEvent& c : contacts)
        for (int side = 0; side < 2; ++side) {
            const b2Fixture* zone = side == 0 ? c.a : c.b;
            b2Body* thing = (side == 0 ? c.b : c.a)->GetBody();
            if (PhysicsWorld::info(zone->GetBody()).kind != "zone") continue;
            const std::string& name = PhysicsWorld::tag(zone);
            auto& in = m_inside[name];
            auto it = std::find_if(in.begin(), in.end(), [&](const Occupant& o) { return o.body == thing; });
            if (c.begin) {
                if (it == in.end()) {
                    in.push_back({thing, 1});
                    m_entered.push_back({name, thing});
                } else {
                    ++it->touches;
                }
            } else if (it != in.end() && --it->touches <= 0) {
                in.erase(it);
            }
        }
}

void Zones::forget(const b2Body* body) {
    for (auto& [name, in] : m_inside)
        in.erase(std::remove_if(in.begin(), in.end(), [&](const Occupant& o) { return o.body == body; }),
                 in.end());
    m_entered.erase(
        std::remove_if(m_entered.begin(), m_entered.end(), [&](const Entry& e) { return e.body == body; }),
        m_entered.end());
}

bool Zones::inside(const std::string& zone, const b2Body* body) const {
    auto it = m_inside.find(zone);
    return it != m_inside.end() && std::any_of(it->second.begin(), it->second.end(),
                                               [&](const Occupant& o) { return o.body == body; });
}

bool Zones::contains(const std::string& zone, b2Vec2 p) const {
    const ZoneData* z = data(zone);
    return z && std::abs(p.x - z->x) <= z->w / 2.f && std::abs(p.y - z->y) <= z->h / 2.f;
}

std::vector<b2Body*> Zones::bodiesIn(const std::string& zone) const {
    std::vector<b2Body*> out;
    if (auto it = m_inside.find(zone); it != m_inside.end())
        for (const Occupant& o : it->second)
            out.push_back(o.body);
    return out;
}

} // namespace mobi
