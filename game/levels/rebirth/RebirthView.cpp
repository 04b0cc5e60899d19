// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/rebirth/RebirthView.hpp"

#include "content/StringTable.hpp"
#include "levels/rebirth/RebirthRules.hpp"
#include "ui/Hud.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/PhoneParts.hpp"
#include "ui/Scenery.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace mobi {
namespace {

const sf::Color kBench(0xE8, 0xC8, 0x96), kBenchDark(0xC9, 0xA2, 0x6B);
const sf::Color kBoard(0x3F, 0x9E, 0x6A), kFrame(0x4A, 0x4A, 0x5C), kWall(0xE9, 0xE4, 0xDA);
const sf::Color kSteel(0x6B, 0x6B, 0x7A), kLight(0xDD, 0xDD, 0xDD);

const RebirthRules& rulesOf(const LevelSim& sim) { return static_cast<const RebirthRules&>(sim.rules()); }

const b2Body* enabledBody(const LevelSim& sim, const std::string& name) {
    const b2Body* b = sim.world().body(name);
    return b && b->IsEnabled() && !sim.world().isDoomed(b) ? b : nullptr;
}

// A handle on what may be taken now: "take me".
void handle(sf::RenderTarget& target, const LevelSim& sim, const b2Body* b, sf::Vector2f at, float r) {
    if (PhysicsWorld::info(b).grabbable && sim.world().grabbed() != b)
        drawCircle(target, at, r, theme::yellow, theme::ink, 3.f);
}

} // namespace

void RebirthView::label(sf::RenderTarget& t, const ViewContext& ctx, const std::string& key,
                        const std::string& s, sf::Vector2f centre, float width, sf::Color colour,
                        float height) const {
    TextSpec spec{theme::TextRole::Small, width, colour, Align::Centre, true};
    spec.maxHeight = height;
    TextBlock& b = m_texts.get(key, ctx.text, s, spec);
    b.centreVertically(centre.x - width / 2.f, centre.y - height / 2.f, height);
    t.draw(b);
}

void RebirthView::drawBench(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const RebirthRules& r = rulesOf(sim);
    const Camera& cam = ctx.camera;
    target.clear(kBench);
    if (!ctx.lowDetail)
        for (float y = 1.5f; y < 16.f; y += 2.6f) // planks of the bench
            drawThickLine(target, cam.toScreen(0.f, y), cam.toScreen(32.f, y), 3.f, kBenchDark);
    if (!ctx.lowDetail) // a workshop: the screwdriver lies ready
        scenery::screwdriver(target, cam.toScreen(19.f, 1.1f), cam.toPixels(4.2f));
    m_painter.draw(target, sim, cam); // the collection box
    if (const ZoneData* bin = sim.data().zone("bench.bin")) {
        const sf::FloatRect box = cam.rect(bin->x, bin->y, bin->w, bin->h);
        label(target, ctx, "bin", ctx.strings.get("rebirth.bin"),
              {box.left + box.width / 2.f, box.top + 80.f}, box.width - 16.f, sf::Color::White, 150.f);
    }
    // Mobi lying face down: the frame, then what is inside, then the back cover.
    const b2Body* phone = enabledBody(sim, "bench.phone");
    if (!phone) return;
    const b2Vec2 p = phone->GetPosition();
    target.draw(roundedRect(cam.rect(p.x, p.y, 6.2f, 11.4f), 34.f, kFrame, theme::ink, theme::outline));
    // The inside only once the cover has moved off it: software OpenGL pays for every
    // pixel, and two big layers under a closed cover would be paid for nothing.
    const b2Body* closed = enabledBody(sim, "bench.cover");
    if (!closed || (closed->GetPosition() - p).Length() > 0.05f) {
        target.draw(roundedRect(cam.rect(p.x, p.y, 5.4f, 10.6f), 26.f, kBoard, theme::ink, 3.f));
        target.draw(roundedRect(cam.rect(p.x, p.y - 0.8f, 4.3f, 5.5f), 10.f, sf::Color(0x2E, 0x7D, 0x52),
                                theme::ink, 2.f));
    }
    // A battery shows its charge as bars, so "old" and "new" never rest on colour alone.
    auto battery = [&](const std::string& name, sf::Color fill, int bars) {
        const b2Body* b = enabledBody(sim, name);
        if (!b) return;
        const b2Vec2 c = b->GetPosition();
        const sf::FloatRect box = cam.rect(c.x, c.y, 4.f, 5.2f);
        target.draw(roundedRect(box, 14.f, fill, theme::ink, theme::outline));
        target.draw(roundedRect({box.left + box.width / 2.f - 22.f, box.top - 12.f, 44.f, 16.f}, 4.f, fill,
                                theme::ink,
                                3.f)); // the terminal
        for (int i = 0; i < 4; ++i)
            target.draw(
                roundedRect({box.left + 22.f, box.top + box.height - 30.f - 36.f * static_cast<float>(i),
                             box.width - 44.f, 26.f},
                            6.f, i < bars ? sf::Color::White : sf::Color(0, 0, 0, 40), theme::ink, 2.f));
        handle(target, sim, b, cam.toScreen(c.x, c.y), 10.f);
    };
    battery("bench.battery", theme::vermillion, 1);     // the worn battery, almost empty
    battery("bench.newBattery", theme::bluishGreen, 4); // the new one, full
    if (const b2Body* cover = enabledBody(sim, "bench.cover")) {
        const b2Vec2 c = cover->GetPosition();
        sf::Color back = theme::skyBlue;
        if (r.glued() && r.heat() > 0.f) // the glue softening: the back warms to orange
            back = sf::Color(0x56 + static_cast<sf::Uint8>(0x90 * r.heat()),
                             0xB4 - static_cast<sf::Uint8>(0x15 * r.heat()),
                             0xE9 - static_cast<sf::Uint8>(0xE9 * r.heat()));
        target.draw(roundedRect(cam.rect(c.x, c.y, 5.8f, 11.f), 30.f, back, theme::ink, theme::outline));
        drawCircle(target, cam.toScreen(c.x - 1.6f, c.y + 4.0f), 22.f, kFrame, theme::ink, 3.f); // the camera
        handle(target, sim, cover, cam.toScreen(c.x, c.y), 12.f);
    }
    // Screws: a cross that turns as they come undone, and a ring showing how far (ui/PhoneParts).
    for (int i = 0; i < 4; ++i) {
        const b2Body* s = enabledBody(sim, "bench.screw" + std::to_string(i + 1));
        if (!s) continue;
        const sf::Vector2f c = cam.toScreen(s->GetPosition().x, s->GetPosition().y);
        // 40 pixels across, as its body: a child's finger must be able to find it.
        const float radius = cam.toPixels(s->GetFixtureList()->GetShape()->m_radius);
        drawScrew(target, c, radius, r.screwTurn(i));
    }
    if (r.repaired()) drawLevelMobi(target, cam.toScreen(p.x, p.y - 0.68f * 9.f), cam.toPixels(9.f), ctx);
}

void RebirthView::drawRecycler(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const RebirthRules& r = rulesOf(sim);
    const Camera& cam = ctx.camera;
    target.clear(kWall);
    if (!ctx.lowDetail) // a recycling hall: a tall window in the back wall, left of the tank
        scenery::hallWindow(target, cam.rect(1.4f, 13.f, 2.f, 4.4f));
    // The shredder over its chute, the magnet's rail.
    if (const ZoneData* mouth = sim.data().zone("recycler.shredder")) {
        const sf::Vector2f c = cam.toScreen(mouth->x, mouth->y + 1.4f);
        target.draw(roundedRect(cam.rect(mouth->x, mouth->y + 1.4f, mouth->w + 2.8f, 1.6f), 10.f, kSteel,
                                theme::ink, theme::outline));
        label(target, ctx, "shredder", ctx.strings.get("rebirth.shredder"), c, 300.f, sf::Color::White);
    }
    drawThickLine(target, cam.toScreen(3.f, 12.6f), cam.toScreen(19.f, 12.6f), 6.f, theme::inkSoft);
    // Water, tank, chute, skimmer and specks: the painter, from the level file.
    m_painter.draw(target, sim, cam);
    if (const ZoneData* skimmer = sim.data().zone("recycler.skimmer"))
        label(target, ctx, "skimmer", ctx.strings.get("rebirth.skimmer"),
              cam.toScreen(skimmer->x, skimmer->y + 0.2f), 220.f);
    // The magnet: a red horseshoe on its rail.
    if (const b2Body* m = enabledBody(sim, "recycler.magnet")) {
        const sf::Vector2f c = cam.toScreen(m->GetPosition().x, m->GetPosition().y);
        target.draw(roundedRect({c.x - 64.f, c.y - 18.f, 128.f, 36.f}, 14.f, theme::vermillion, theme::ink,
                                theme::outline));
        for (float dx : {-64.f, 34.f})
            target.draw(roundedRect({c.x + dx, c.y + 10.f, 30.f, 26.f}, 4.f, kLight, theme::ink, 3.f));
        drawThickLine(target, {c.x, c.y - 18.f}, {c.x, cam.toScreen(0.f, 12.6f).y}, 5.f, theme::ink);
    }
    // The medal mould, filling with gold.
    if (const ZoneData* mould = sim.data().zone("recycler.mould")) {
        const sf::Vector2f c = cam.toScreen(mould->x, mould->y + 0.05f);
        const float fill =
            std::min(1.f, static_cast<float>(r.goldInMould()) / static_cast<float>(r.goldGoal()));
        drawCircle(target, c, 30.f, sf::Color(0x8C, 0x80, 0x60), theme::ink, 3.f);
        if (fill > 0.f)
            drawCircle(target, c, 6.f + 22.f * fill, theme::yellow, sf::Color(0xB8, 0x8A, 0x00), 2.f);
    }
}

void RebirthView::drawPodium(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const RebirthRules& r = rulesOf(sim);
    const Camera& cam = ctx.camera;
    target.clear(theme::paper);
    // Five steps, climbing from left to right, each with its number.
    for (int step = 1; step <= 5; ++step) {
        const ZoneData* slot = sim.data().zone("podium.slot" + std::to_string(step));
        if (!slot) continue;
        const sf::FloatRect box = cam.rect(slot->x, slot->y, slot->w, slot->h);
        target.draw(roundedRect(box, 12.f, r.stepFilled(step) ? sf::Color(0xC9, 0xEB, 0xDD) : theme::shade,
                                theme::ink, 3.f));
        label(target, ctx, "step" + std::to_string(step), std::to_string(step),
              {box.left + 22.f, box.top + 24.f}, 40.f, theme::inkSoft);
        const float stair = 0.6f + 0.5f * static_cast<float>(step); // higher for later steps
        target.draw(roundedRect(cam.rect(slot->x, slot->y - 1.3f - stair / 2.f, slot->w + 0.4f, stair), 6.f,
                                theme::orange, theme::ink, 3.f));
    }
    for (int rank = 1; rank <= 5; ++rank) {
        const b2Body* crate = enabledBody(sim, "podium.crate" + std::to_string(rank));
        if (!crate) continue;
        const b2Vec2 c = crate->GetPosition();
        const sf::FloatRect box = cam.rect(c.x, c.y, 3.6f, 1.9f);
        const bool held = sim.world().grabbed() == crate;
        target.draw(roundedRect(box, 10.f, held ? theme::yellow : theme::card, theme::ink, theme::outline));
        label(target, ctx, "fiver" + std::to_string(rank), ctx.strings.get("fiver." + std::to_string(rank)),
              {box.left + box.width / 2.f, box.top + box.height / 2.f}, box.width - 10.f);
    }
}

void RebirthView::draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    switch (rulesOf(sim).phase()) {
    case RebirthRules::Phase::Bench:
        drawBench(target, sim, ctx);
        break;
    case RebirthRules::Phase::Recycler:
        drawRecycler(target, sim, ctx);
        break;
    case RebirthRules::Phase::Podium:
        drawPodium(target, sim, ctx);
        break;
    }
    // Mobi, repaired, watches the old phone go through the recycler and the 5R
    // from the bottom-left corner, where nothing of the play ever goes.
    if (rulesOf(sim).phase() != RebirthRules::Phase::Bench)
        drawLevelMobi(target, ctx.camera.toScreen(1.6f, 0.1f), ctx.camera.toPixels(2.4f), ctx);
    // What the top band and the hint must never hide: every body of this phase.
    if (LayoutProbe::of(target))
        sim.world().forEachBody([&](const b2Body* b) {
            const BodyInfo& info = PhysicsWorld::info(b);
            if (b->IsEnabled() && !info.phase.empty() && !sim.world().isDoomed(b))
                probeBody(target, b, info.name, ctx.camera);
        });
}

void RebirthView::drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const RebirthRules& r = rulesOf(sim);
    std::string line;
    switch (r.phase()) {
    case RebirthRules::Phase::Bench:
        line = ctx.strings.get("hud.rebirth.bench");
        break;
    case RebirthRules::Phase::Recycler:
        line = ctx.strings.get("hud.rebirth.recycler",
                               {{"iron", std::to_string(std::min(r.ironCaught(), r.ironGoal()))},
                                {"irongoal", std::to_string(r.ironGoal())},
                                {"gold", std::to_string(std::min(r.goldInMould(), r.goldGoal()))},
                                {"goldgoal", std::to_string(r.goldGoal())}});
        break;
    case RebirthRules::Phase::Podium:
        line = ctx.strings.get("hud.rebirth.podium", {{"count", std::to_string(r.cratesPlaced())}});
        break;
    }
    // Right of the level's name (titleWidth): the dots, then the phase's words.
    hud::phaseDots(target, {360.f, 32.f}, 3, static_cast<int>(r.phase()));
    hud::line(target, m_texts, ctx.text, "hud", line, {450.f, 4.f, 600.f, 56.f});
}

sf::FloatRect RebirthView::hintArea(const LevelSim& sim) const {
    switch (rulesOf(sim).phase()) {
    case RebirthRules::Phase::Bench: {
        // Right of Mobi, above the collection box; once the back cover is off
        // and laid there, a strip above Mobi and the new battery instead.
        const sf::FloatRect right{730.f, 80.f, 530.f, 200.f}, top{20.f, 72.f, 690.f, 98.f};
        const b2Body* cover = enabledBody(sim, "bench.cover");
        if (!cover || rulesOf(sim).benchStep() == RebirthRules::BenchStep::Open) return right;
        const b2Vec2 c = cover->GetPosition();
        return Camera(sim.data().worldWidth).rect(c.x, c.y, 5.8f, 11.f).intersects(right) ? top : right;
    }
    case RebirthRules::Phase::Recycler: // right of the magnet's rail, above the skimmer
        return {800.f, 80.f, 460.f, 300.f};
    case RebirthRules::Phase::Podium: // above the steps; the crates wait below them
        return {60.f, 80.f, 1160.f, 120.f};
    }
    return {730.f, 80.f, 530.f, 200.f};
}

} // namespace mobi
