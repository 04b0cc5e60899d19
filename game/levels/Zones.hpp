// SPDX-License-Identifier: GPL-3.0-or-later
// The named zones of a level (a bucket, a slot, a tank's water) and what is
// in them, kept from the world's begin and end contacts: the rules ask "what
// came into the bucket this step?" or "is this crate on a step?" instead of
// reading Box2D's contacts themselves.
#pragma once

#include "content/LevelData.hpp"
#include "core/PhysicsWorld.hpp"

#include <map>
#include <string>
#include <vector>

namespace mobi {

class Zones {
public:
    struct Entry {
        std::string zone;
        b2Body* body;
    };

    explicit Zones(const LevelData& level) : m_level(&level) {}
    // Reads a step's contacts: who came into which zone, who left.
    void update(const PhysicsWorld& world, const std::vector<ContactEvent>& contacts);
    // A body the world destroys is in no zone any more.
    void forget(const b2Body* body);

    // What came into a zone during the last step (in the order Box2D told).
    const std::vector<Entry>& entered() const { return m_entered; }
    bool inside(const std::string& zone, const b2Body* body) const;
    // Whether a point lies in the zone's rectangle (its phase's or not).
    bool contains(const std::string& zone, b2Vec2 point) const;
    const ZoneData* data(const std::string& zone) const { return m_level->zone(zone); }
    std::vector<b2Body*> bodiesIn(const std::string& zone) const;

private:
    const LevelData* m_level;
    // In the order they came (never by address: replays must be the same on
    // every run), with how many of their fixtures touch the zone.
    struct Occupant {
        b2Body* body;
        int touches;
    };
    std::map<std::string, std::vector<Occupant>> m_inside;
    std::vector<Entry> m_entered;
};

} // namespace mobi
