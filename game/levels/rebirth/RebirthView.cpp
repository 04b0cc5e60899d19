#include "levels/rebirth/RebirthView.hpp"

#include "content/StringTable.hpp"
#include "levels/rebirth/RebirthRules.hpp"
#include "ui/Camera.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextBlock.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace mobi {
namespace {

const sf::Color kBench(0xE8, 0xC8, 0x96), kBenchDark(0xC9, 0xA2, 0x6B);
const sf::Color kBoard(0x3F, 0x9E, 0x6A), kFrame(0x4A, 0x4A, 0x5C);
const sf::Color kWall(0xE9, 0xE4, 0xDA), kWater(0x56, 0xB4, 0xE9, 0x90);

const RebirthRules& rulesOf(const LevelSim& sim) { return static_cast<const RebirthRules&>(sim.rules()); }

sf::FloatRect screenRect(float cx, float cy, float w, float h) {
    const sf::Vector2f tl = Camera::toScreen(cx - w / 2.f, cy + h / 2.f);
    return {tl.x, tl.y, Camera::toPixels(w), Camera::toPixels(h)};
}

const b2Body* enabledBody(const LevelSim& sim, const std::string& name) {
    const b2Body* b = sim.world().body(name);
    return b && b->IsEnabled() ? b : nullptr;
}

} // namespace

void RebirthView::label(sf::RenderTarget& t, const ViewContext& ctx, const std::string& key,
                        const std::string& s, sf::Vector2f centre, float width, theme::TextRole role,
                        sf::Color colour) const {
    TextBlock& b = m_texts.get(key, ctx.text, s, {role, width, colour, Align::Centre, true});
    b.centreVertically(centre.x - width / 2.f, centre.y - 30.f, 60.f);
    t.draw(b);
}

void RebirthView::drawHand(sf::RenderTarget& target, const LevelSim& sim) const {
    // The keyboard hand, so a player without a mouse sees where they are.
    if (!sim.grabber().keyboardActive()) return;
    const b2Vec2 h = sim.grabber().hand();
    const sf::Vector2f c = Camera::toScreen(h.x, h.y);
    drawCircle(target, c, 18.f, sf::Color(0xFF, 0xFF, 0xFF, 0xB0), theme::focus, 5.f);
    drawCircle(target, c, 4.f, theme::focus);
}

void RebirthView::drawBench(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const RebirthRules& r = rulesOf(sim);
    target.clear(kBench);
    if (!ctx.lowDetail)
        for (float y = 1.5f; y < 16.f; y += 2.6f) // planks of the bench
            drawThickLine(target, Camera::toScreen(0.f, y), Camera::toScreen(32.f, y), 3.f, kBenchDark);
    // The battery bin.
    if (const b2Body* bin = enabledBody(sim, "bench.bin")) {
        const sf::FloatRect box = screenRect(bin->GetPosition().x, bin->GetPosition().y, 5.4f, 5.4f);
        target.draw(roundedRect(box, 16.f, theme::bluishGreen, theme::ink, theme::outline));
        label(target, ctx, "bin", ctx.strings.get("rebirth.bin"),
              {box.left + box.width / 2.f, box.top + 40.f}, box.width - 16.f, theme::TextRole::Small,
              sf::Color::White);
    }
    // Mobi lying face down: the frame, then what is inside, then the back cover.
    const b2Body* phone = enabledBody(sim, "bench.phone");
    if (!phone) return;
    const b2Vec2 p = phone->GetPosition();
    const bool repaired = r.benchStep() == RebirthRules::BenchStep::NewBattery &&
                          !PhysicsWorld::info(sim.world().body("bench.newBattery")).grabbable;
    target.draw(roundedRect(screenRect(p.x, p.y, 6.2f, 11.4f), 34.f, kFrame, theme::ink, theme::outline));
    target.draw(roundedRect(screenRect(p.x, p.y, 5.4f, 10.6f), 26.f, kBoard, theme::ink, 3.f));
    target.draw(roundedRect(screenRect(p.x, p.y - 0.8f, 4.3f, 5.5f), 10.f, sf::Color(0x2E, 0x7D, 0x52),
                            theme::ink, 2.f));
    m_batch.clear();
    // A battery shows its charge as bars, so "old" and "new" never rest on colour alone.
    auto part = [&](const std::string& name, sf::Color fill, float w, float h, int bars) {
        const b2Body* b = enabledBody(sim, name);
        if (!b || sim.world().isDoomed(b)) return;
        const b2Vec2 c = b->GetPosition();
        const sf::FloatRect box = screenRect(c.x, c.y, w, h);
        target.draw(roundedRect(box, 14.f, fill, theme::ink, theme::outline));
        target.draw(roundedRect({box.left + box.width / 2.f - 22.f, box.top - 12.f, 44.f, 16.f}, 4.f, fill,
                                theme::ink, 3.f)); // the terminal
        for (int i = 0; i < 4; ++i) {
            const sf::FloatRect bar{box.left + 22.f,
                                    box.top + box.height - 30.f - 36.f * static_cast<float>(i),
                                    box.width - 44.f, 26.f};
            target.draw(
                roundedRect(bar, 6.f, i < bars ? sf::Color::White : sf::Color(0, 0, 0, 40), theme::ink, 2.f));
        }
        if (PhysicsWorld::info(b).grabbable && sim.world().grabbed() != b)
            drawCircle(target, Camera::toScreen(c.x, c.y), 10.f, theme::yellow, theme::ink,
                       3.f); // a handle: "take me"
    };
    part("bench.battery", theme::vermillion, 4.f, 5.2f, 1);     // the worn battery, almost empty
    part("bench.newBattery", theme::bluishGreen, 4.f, 5.2f, 4); // the new one, full
    if (const b2Body* cover = enabledBody(sim, "bench.cover")) {
        const b2Vec2 c = cover->GetPosition();
        sf::Color back = theme::skyBlue;
        if (r.glued() && r.heat() > 0.f) // the glue softening: the back warms to orange
            back = sf::Color(0x56 + static_cast<sf::Uint8>(0x90 * r.heat()),
                             0xB4 - static_cast<sf::Uint8>(0x15 * r.heat()),
                             0xE9 - static_cast<sf::Uint8>(0xE9 * r.heat()));
        target.draw(roundedRect(screenRect(c.x, c.y, 5.8f, 11.f), 30.f, back, theme::ink, theme::outline));
        drawCircle(target, Camera::toScreen(c.x - 1.6f, c.y + 4.0f), 22.f, kFrame, theme::ink,
                   3.f); // the camera
        if (PhysicsWorld::info(cover).grabbable && sim.world().grabbed() != cover)
            drawCircle(target, Camera::toScreen(c.x, c.y), 12.f, theme::yellow, theme::ink, 3.f);
    }
    // Screws: a cross that turns as they come undone, and a ring showing how far.
    for (int i = 0; i < 4; ++i) {
        const b2Body* s = enabledBody(sim, "bench.screw" + std::to_string(i + 1));
        if (!s || sim.world().isDoomed(s)) continue;
        const sf::Vector2f c = Camera::toScreen(s->GetPosition().x, s->GetPosition().y);
        drawCircle(target, c, 14.f, sf::Color(0xCF, 0xD4, 0xDA), theme::ink, 3.f);
        const float a = r.screwTurn(i) * 6.28f;
        const sf::Vector2f d(9.f * std::cos(a), 9.f * std::sin(a)), e(-d.y, d.x);
        drawThickLine(target, c - d, c + d, 3.f, theme::ink);
        drawThickLine(target, c - e, c + e, 3.f, theme::ink);
        if (r.screwTurn(i) > 0.f)
            drawCircle(target, c, 22.f + 10.f * r.screwTurn(i), sf::Color::Transparent, theme::orange, 4.f);
    }
    if (repaired)
        drawMobi(target, Camera::toScreen(p.x, p.y), Camera::toPixels(9.f), Mood::Happy, ctx.mobi, 0.8f);
    drawHand(target, sim);
}

void RebirthView::drawRecycler(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const RebirthRules& r = rulesOf(sim);
    target.clear(kWall);
    // Shredder and chute.
    target.draw(roundedRect(screenRect(11.f, 15.6f, 12.f, 1.6f), 10.f, sf::Color(0x6B, 0x6B, 0x7A),
                            theme::ink, theme::outline));
    label(target, ctx, "shredder", ctx.strings.get("rebirth.shredder"), Camera::toScreen(11.f, 15.6f), 300.f,
          theme::TextRole::Small, sf::Color::White);
    drawThickLine(target, Camera::toScreen(5.2f, 15.f), Camera::toScreen(6.0f, 13.6f), 8.f, theme::ink);
    drawThickLine(target, Camera::toScreen(16.8f, 15.f), Camera::toScreen(16.0f, 13.6f), 8.f, theme::ink);
    // The magnet's rail, then the magnet: a red horseshoe.
    drawThickLine(target, Camera::toScreen(3.f, 12.6f), Camera::toScreen(19.f, 12.6f), 6.f, theme::inkSoft);
    if (const b2Body* m = enabledBody(sim, "recycler.magnet")) {
        const sf::Vector2f c = Camera::toScreen(m->GetPosition().x, m->GetPosition().y);
        target.draw(roundedRect({c.x - 64.f, c.y - 18.f, 128.f, 36.f}, 14.f, theme::vermillion, theme::ink,
                                theme::outline));
        target.draw(roundedRect({c.x - 64.f, c.y + 10.f, 30.f, 26.f}, 4.f, sf::Color(0xDD, 0xDD, 0xDD),
                                theme::ink, 3.f));
        target.draw(roundedRect({c.x + 34.f, c.y + 10.f, 30.f, 26.f}, 4.f, sf::Color(0xDD, 0xDD, 0xDD),
                                theme::ink, 3.f));
        drawThickLine(target, {c.x, c.y - 18.f}, {c.x, Camera::toScreen(0.f, 12.6f).y}, 5.f, theme::ink);
    }
    // Water, then the tank and its grate.
    sf::RectangleShape water({Camera::toPixels(21.f), Camera::toPixels(4.6f)});
    water.setPosition(Camera::toScreen(3.f, 5.8f));
    water.setFillColor(kWater);
    target.draw(water);
    if (const b2Body* tank = enabledBody(sim, "recycler.tank"))
        for (const b2Fixture* f = tank->GetFixtureList(); f; f = f->GetNext())
            if (f->GetType() == b2Shape::e_edge) {
                const auto* e = static_cast<const b2EdgeShape*>(f->GetShape());
                drawThickLine(target, Camera::toScreen(e->m_vertex1.x, e->m_vertex1.y),
                              Camera::toScreen(e->m_vertex2.x, e->m_vertex2.y), 7.f, theme::ink);
            }
    // The medal mould, filling with gold.
    const sf::Vector2f mould = Camera::toScreen(13.5f, 0.95f);
    const float fill = std::min(1.f, static_cast<float>(r.goldInMould()) / static_cast<float>(r.goldGoal()));
    drawCircle(target, mould, 30.f, sf::Color(0x8C, 0x80, 0x60), theme::ink, 3.f);
    if (fill > 0.f)
        drawCircle(target, mould, 6.f + 22.f * fill, theme::yellow, sf::Color(0xB8, 0x8A, 0x00), 2.f);
    // The skimmer bin for plastics.
    target.draw(roundedRect(screenRect(27.5f, 2.4f, 6.f, 4.4f), 12.f, theme::reddishPurple, theme::ink,
                            theme::outline));
    label(target, ctx, "skimmer", ctx.strings.get("rebirth.skimmer"), Camera::toScreen(27.5f, 3.2f), 220.f,
          theme::TextRole::Small, theme::ink);
    // Specks, one batch: iron squares, plastic balls, gold discs, rare-earth triangles.
    m_batch.clear();
    for (const b2Body* b = sim.world().world().GetBodyList(); b; b = b->GetNext()) {
        const int kind = PhysicsWorld::info(b).kind;
        if (kind == 0) continue;
        const sf::Vector2f c = Camera::toScreen(b->GetPosition().x, b->GetPosition().y);
        switch (kind) {
        case RebirthRules::Iron:
            m_batch.regular(c, 7.5f, 4, b->GetAngle() + 0.785f, sf::Color(0x8E, 0x96, 0xA3), theme::ink, 2.f);
            break;
        case RebirthRules::Plastic:
            m_batch.circle(c, 8.f, sf::Color(0xFF, 0xFF, 0xFF), theme::ink, 2.f, 10);
            break;
        case RebirthRules::Gold:
            m_batch.regular(c, 5.f, 6, b->GetAngle(), theme::yellow, theme::ink, 2.f);
            break;
        default:
            m_batch.regular(c, 4.f, 3, -1.57f, theme::reddishPurple, theme::ink, 1.5f);
            break;
        }
    }
    m_batch.draw(target);
}

void RebirthView::drawPodium(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const RebirthRules& r = rulesOf(sim);
    target.clear(theme::paper);
    // Five steps, climbing from left to right, each with its number.
    for (int step = 1; step <= 5; ++step) {
        const b2Body* slot = enabledBody(sim, "podium.slot" + std::to_string(step));
        if (!slot) continue;
        const b2Vec2 c = slot->GetPosition();
        const sf::FloatRect box = screenRect(c.x, c.y, 4.2f, 2.6f);
        target.draw(roundedRect(box, 12.f, r.crateDone(step) ? sf::Color(0xC9, 0xEB, 0xDD) : theme::shade,
                                theme::ink, 3.f));
        label(target, ctx, "step" + std::to_string(step), std::to_string(step),
              {box.left + 22.f, box.top + 24.f}, 40.f, theme::TextRole::Body, theme::inkSoft);
        // The stair under the step: higher for later steps.
        const float stair = 0.6f + 0.5f * static_cast<float>(step);
        target.draw(roundedRect(screenRect(c.x, c.y - 1.3f - stair / 2.f, 4.6f, stair), 6.f, theme::orange,
                                theme::ink, 3.f));
    }
    for (int rank = 1; rank <= 5; ++rank) {
        const b2Body* crate = enabledBody(sim, "podium.crate" + std::to_string(rank));
        if (!crate) continue;
        const b2Vec2 c = crate->GetPosition();
        const sf::FloatRect box = screenRect(c.x, c.y, 3.6f, 1.9f);
        const bool held = sim.world().grabbed() == crate;
        target.draw(roundedRect(box, 10.f, held ? theme::yellow : theme::card, theme::ink, theme::outline));
        label(target, ctx, "fiver" + std::to_string(rank), ctx.strings.get("fiver." + std::to_string(rank)),
              {box.left + box.width / 2.f, box.top + box.height / 2.f}, box.width - 10.f,
              theme::TextRole::Small, theme::ink);
    }
    drawHand(target, sim);
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
    // What the top band and the hint must never hide: every body of this phase.
    if (LayoutProbe::of(target))
        for (const b2Body* b = sim.world().world().GetBodyList(); b; b = b->GetNext()) {
            const std::string& name = PhysicsWorld::info(b).name;
            if (b->IsEnabled() && name.find('.') != std::string::npos && !sim.world().isDoomed(b))
                probeBody(target, b, name);
        }
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
                               {{"iron", std::to_string(r.ironCaught())},
                                {"irongoal", std::to_string(r.ironGoal())},
                                {"gold", std::to_string(std::min(r.goldInMould(), r.goldGoal()))},
                                {"goldgoal", std::to_string(r.goldGoal())}});
        break;
    case RebirthRules::Phase::Podium:
        line = ctx.strings.get("hud.rebirth.podium", {{"count", std::to_string(r.cratesPlaced())}});
        break;
    }
    // Three dots for the three phases: done, now, to come.
    for (int i = 0; i < 3; ++i) {
        const bool done = i < static_cast<int>(r.phase());
        const bool now = i == static_cast<int>(r.phase());
        drawCircle(target, {320.f + 34.f * static_cast<float>(i), 32.f}, now ? 13.f : 10.f,
                   done  ? theme::bluishGreen
                   : now ? theme::yellow
                         : theme::card,
                   theme::ink, 3.f);
    }
    TextBlock& b =
        m_texts.get("hud", ctx.text, line, {theme::TextRole::Small, 640.f, theme::ink, Align::Left, true});
    b.centreVertically(410.f, 0.f, 64.f);
    target.draw(b);
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
        return screenRect(c.x, c.y, 5.8f, 11.f).intersects(right) ? top : right;
    }
    case RebirthRules::Phase::Recycler: // right of the magnet's rail, above the skimmer
        return {800.f, 80.f, 460.f, 300.f};
    case RebirthRules::Phase::Podium: // above the steps; the crates wait below them
        return {60.f, 80.f, 1160.f, 120.f};
    }
    return {730.f, 80.f, 530.f, 200.f};
}

std::string RebirthView::idleHint(const LevelSim& sim) const {
    const RebirthRules& r = rulesOf(sim);
    switch (r.phase()) {
    case RebirthRules::Phase::Bench:
        switch (r.benchStep()) {
        case RebirthRules::BenchStep::Open:
            return r.glued() ? "hint.rebirth.heat" : "hint.rebirth.unscrew";
        case RebirthRules::BenchStep::LiftCover:
            return "hint.rebirth.lift";
        case RebirthRules::BenchStep::OldBattery:
            return "hint.rebirth.old";
        case RebirthRules::BenchStep::NewBattery:
            return "hint.rebirth.new";
        }
        return "";
    case RebirthRules::Phase::Recycler:
        return "hint.rebirth.magnet";
    case RebirthRules::Phase::Podium:
        return "hint.rebirth.podium";
    }
    return "";
}

} // namespace mobi
