// SPDX-License-Identifier: GPL-3.0-or-later
// Putting things where they go (a crate on its step, a battery in its slot,
// an old one in the collection box): each time the player lets go of a body
// over one of the slots, the rules judge that one drop, once. Accepted, the
// body snaps into place for good (or is welded there); refused, it slides
// back gently — one refusal, one sound, however long it lingers.
#pragma once

#include "core/StateHash.hpp"
#include "levels/LevelRules.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

class DropSlots {
public:
    explicit DropSlots(std::vector<std::string> zones) : m_zones(std::move(zones)) {}

    struct Drop {
        b2Body* item;
        std::string slot; // the zone it was let go over
    };
    // Call every step, before the rules act: the drop made on this step, if any.
    std::optional<Drop> step(const LevelContext& ctx);

    // Into the slot's middle for good: still, no longer grabbable, static.
    static void snap(LevelContext& ctx, b2Body* item, const std::string& slot);
    // Back where it came from, gently: a refusal.
    void refuse(LevelContext& ctx, b2Body* item, b2Vec2 velocity);
    int refusals() const { return m_refusals; }
    void hash(StateHasher& h) const { h.add(m_refusals); }

private:
    std::vector<std::string> m_zones;
    const b2Body* m_held = nullptr; // what the hand held at the last step
    int m_refusals = 0;
};

} // namespace mobi
