// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/LevelSim.hpp"

#include "core/PixelGrid.hpp"

namespace mobi {

const char* outcomeName(Outcome o) {
    switch (o) {
    case Outcome::Running:
        return "running";
    case Outcome::Won:
        return "won";
    case Outcome::Lost:
        return "lost";
    }
    return "running";
}

LevelSim::LevelSim(const LevelData& data, Params params, std::unique_ptr<LevelRules> rules,
                   LevelOptions options, std::uint32_t seed)
    : m_data(data), m_params(std::move(params)), m_options(std::move(options)), m_world(data.gravityY),
      m_rng(seed), m_rules(std::move(rules)), m_zones(data) {
    m_world.build(m_data);
    m_grabber.setWorld(data.worldWidth, data.worldHeight, data.worldHeight * kPlayShare);
    LevelContext ctx = context();
    m_rules->start(ctx);
}

LevelContext LevelSim::context() {
    return LevelContext{m_world,  m_rng,   m_params,  m_data,  m_options,
                        m_events, m_steps, m_grabber, m_zones, m_idleSteps};
}

void LevelSim::step(const InputFrame& input) {
    m_events.clear();
    LevelContext ctx = context();
    // A finished level stays as it is: the scene shows the result.
    if (m_rules->outcome() == Outcome::Running) {
        const bool active = input.pointerDown || input.axisX != 0 || input.axisY != 0 || input.action ||
                            input.actionPressed || input.cyclePressed;
        m_idleSteps = active ? 0 : m_idleSteps + 1;
        const std::string suggested = m_rules->suggestedGrab();
        m_grabber.step(m_world, input, m_rules->usesKeyboardHand(), m_events,
                       suggested.empty() ? nullptr : m_world.body(suggested));
        m_rules->step(ctx, input);
        m_world.step();
        const std::vector<ContactEvent> contacts = m_world.takeContacts();
        m_zones.update(m_world, contacts);
        m_rules->afterPhysics(ctx, contacts);
        removeLostBodies();
        m_world.forEachBody([&](b2Body* b) {
            if (m_world.isDoomed(b)) m_zones.forget(b);
        });
        m_world.destroyDoomed();
        m_cueTimer.step(m_rules->cue(), m_steps);
    }
    m_mood.step(m_events, m_rules->outcome(), m_idleSteps);
    ++m_steps;
}

void LevelSim::removeLostBodies() {
    // A body that left the world (pushed through a wall by a wild drag) can
    // never come back: remove it, so it costs nothing and breaks nothing.
    const float margin = 5.f;
    m_world.forEachBody([&](b2Body* b) {
        const b2Vec2 p = b->GetPosition();
        if (b->GetType() == b2_dynamicBody &&
            (p.y < -margin || p.x < -margin * 2.f || p.x > m_data.worldWidth + margin * 2.f))
            m_world.destroyLater(b);
    });
}

bool LevelSim::locate(const std::string& name, float& x, float& y) const {
    if (const b2Body* body = m_world.body(name)) {
        // Its origin, where the file places it (x, y of <body>), moved as it moves.
        x = body->GetPosition().x;
        y = body->GetPosition().y;
    } else if (const ZoneData* zone = LevelData::named(m_data.zones, name)) {
        x = zone->x;
        y = zone->y;
    } else {
        return false;
    }
    snapToPixel(m_data.worldWidth, x, y);
    return true;
}

PlacedCue LevelSim::cue() const {
    PlacedCue placed;
    const GestureCue& cue = m_cueTimer.cue();
    if (m_rules->outcome() != Outcome::Running ||
        !m_cueTimer.showing(m_steps, m_idleSteps, m_world.grabbed() != nullptr) ||
        !locate(cue.on, placed.x, placed.y))
        return placed;
    placed.toX = placed.x;
    placed.toY = placed.y;
    if (cue.kind == GestureCue::Kind::Sweep) { // from one side of the thing to the other
        placed.toX += cue.reach;
        placed.x -= cue.reach;
    }
    if (cue.kind == GestureCue::Kind::Tug) placed.toY += cue.reach;
    if ((cue.kind == GestureCue::Kind::Drag || cue.kind == GestureCue::Kind::Sling) &&
        !locate(cue.to, placed.toX, placed.toY))
        return placed;
    placed.kind = cue.kind;
    return placed;
}

std::uint64_t LevelSim::stateHash() const {
    StateHasher h;
    h.add(m_steps);
    h.add(m_idleSteps);
    m_world.hash(h);
    m_grabber.hash(h);
    m_rules->hash(h);
    return h.value();
}

} // namespace mobi
