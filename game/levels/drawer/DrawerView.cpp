// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/drawer/DrawerView.hpp"

#include "content/StringTable.hpp"
#include "levels/drawer/DrawerRules.hpp"
#include "levels/drawer/DrawerViewPictures.hpp"
#include "ui/Hud.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

using V = sf::Vector2f;
using Place = DrawerRules::Place;
const sf::Color kWall(0xF3, 0xEE, 0xE6), kFloor(0xC9, 0xC2, 0xB6), kWood(0xB0, 0x7A, 0x4A),
    kWoodDark(0x8A, 0x5A, 0x3A), kSea(0x56, 0xB4, 0xE9), kBand(0x3A, 0x2A, 0x20);
constexpr float kPhoneHeight = 1.6f; // m, as in the level file
constexpr int kRecycledInTen = 2;    // F6: 22.3 % of the world's e-waste documented as properly recycled
const Place kPlaces[] = {Place::Trash, Place::Give, Place::Repair, Place::Collect, Place::Boat};

// A place's open box, in metres (left, bottom, right, top): its inside zone of the
// level file ("in.give"…), up to the rim.
struct PlaceBox {
    Place place;
    float l, b, r, t;
};
PlaceBox boxOf(const LevelSim& sim, Place p) {
    const ZoneData* z = sim.zones().data(std::string("in.") + DrawerRules::placeName(p));
    return {p, z->x - z->w / 2.f - 0.1f, z->y - z->h / 2.f, z->x + z->w / 2.f + 0.1f,
            z->y + z->h / 2.f + 0.1f};
}

const DrawerRules& rulesOf(const LevelSim& sim) { return static_cast<const DrawerRules&>(sim.rules()); }

sf::FloatRect screenBox(const Camera& cam, float l, float b, float r, float t) {
    const V tl = cam.toScreen(l, t);
    return {tl.x, tl.y, cam.toPixels(r - l), cam.toPixels(t - b)};
}

void quad(ShapeBatch& b, const sf::FloatRect& r, sf::Color fill, sf::Color outline = sf::Color::Transparent,
          float width = 0.f) {
    b.polygon({{r.left, r.top},
               {r.left + r.width, r.top},
               {r.left + r.width, r.top + r.height},
               {r.left, r.top + r.height}},
              fill, outline, width);
}

} // namespace

void DrawerView::drawSling(ShapeBatch& b, const LevelSim& sim, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    const DrawerRules& r = rulesOf(sim);
    const Slingshot& sling = r.sling();
    // The post and its fork.
    const b2Vec2 rest = sling.rest();
    const V base = cam.toScreen(rest.x, 1.f), fork = cam.toScreen(rest.x, rest.y - 0.9f);
    const V left = cam.toScreen(rest.x - 0.55f, rest.y + 0.6f),
            right = cam.toScreen(rest.x + 0.55f, rest.y + 0.6f);
    b.line(base, fork, cam.toPixels(0.3f), kWoodDark);
    b.line(fork, left, cam.toPixels(0.22f), kWoodDark);
    b.line(fork, right, cam.toPixels(0.22f), kWoodDark);
    // The bands, from the fork's tips to the pouch.
    const bool loaded = r.phase() == DrawerRules::Phase::Loaded;
    const V pouch = loaded ? cam.toScreen(sling.pouch().x, sling.pouch().y) : cam.toScreen(rest.x, rest.y);
    b.line(left, {pouch.x, pouch.y + 6.f}, 5.f, kBand);
    b.line(right, {pouch.x, pouch.y + 6.f}, 5.f, kBand);
    // The arc a throw would follow: in full for 6–8, its start only for 9–12.
    if (loaded) {
        const int dots = sim.options().young ? 40 : 7;
        for (const b2Vec2& p : sling.preview(dots, 4, 1.f))
            b.circle(cam.toScreen(p.x, p.y), 5.f, sf::Color::White, theme::ink, 2.f, 8);
    }
}

void DrawerView::draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    const DrawerRules& r = rulesOf(sim);
    target.clear(kWall);
    ShapeBatch& b = m_scene;
    b.clear();
    quad(b, screenBox(cam, 0.f, 0.f, 28.6f, 1.f), kFloor);
    // The sea, with the boat on it, and its waves.
    quad(b, screenBox(cam, 28.6f, 0.f, 32.f, 1.4f), kSea);
    const float swell = ctx.lowDetail ? 0.f : std::sin(static_cast<float>(ctx.time) * 1.5f) * 3.f;
    // The chest of drawers, its closed drawers, its open top drawer's back.
    const sf::FloatRect chest = screenBox(cam, 0.2f, 1.f, 9.7f, 5.6f);
    quad(b, chest, kWood, theme::ink, 3.f);
    for (float y : {1.3f, 3.45f}) {
        const sf::FloatRect front = screenBox(cam, 0.6f, y, 9.3f, y + 1.85f);
        quad(b, front, kWoodDark, theme::ink, 2.f);
        b.circle({front.left + front.width / 2.f, front.top + front.height / 2.f}, 7.f, theme::yellow,
                 theme::ink, 2.f);
    }
    quad(b, screenBox(cam, 0.3f, 5.6f, 9.6f, 7.1f), kWoodDark, theme::ink, 2.f);
    // The phones still in the drawer.
    for (int i = 0; i < r.phones(); ++i) {
        if (!r.inDrawerNow(i)) continue;
        const b2Body* body = sim.world().body("phone" + std::to_string(i + 1));
        drawer::phone(b, cam.toScreen(body->GetPosition().x, body->GetPosition().y),
                      cam.toPixels(kPhoneHeight), 0.f, r.stateOf(i));
    }
    b.draw(target, sf::BlendNone); // every colour here is opaque
    probeScenery(target, chest, "chest of drawers");

    // The drawer's front, low, over the phones' feet.
    ShapeBatch& f = m_front;
    f.clear();
    quad(f, screenBox(cam, 0.2f, 5.5f, 9.7f, 6.1f), kWood, theme::ink, 3.f);
    f.circle(cam.toScreen(4.95f, 5.8f), 7.f, theme::yellow, theme::ink, 2.f);
    // The places, their signs over the right ones.
    for (Place place : kPlaces) {
        const PlaceBox p = boxOf(sim, place);
        sf::FloatRect box = screenBox(cam, p.l, p.b, p.r, p.t);
        if (p.place == Place::Boat) {
            if (r.phase() == DrawerRules::Phase::Voyage)
                continue; // away, carrying the phone: see its tracker
            box.top += swell;
        }
        drawer::place(f, box, p.place, r.placedIn(p.place));
        if (p.place == Place::Give || p.place == Place::Repair || p.place == Place::Collect)
            drawer::sign(f, cam.toScreen((p.l + p.r) / 2.f, 4.7f), cam.toPixels(1.f), p.place);
    }
    drawSling(f, sim, ctx);
    // The phone in play, wherever it is (in the pouch, in the air, coming back).
    if (r.current() >= 0) {
        const b2Body* body = sim.world().body("phone" + std::to_string(r.current() + 1));
        if (body->IsEnabled())
            drawer::phone(f, cam.toScreen(body->GetPosition().x, body->GetPosition().y),
                          cam.toPixels(kPhoneHeight), -body->GetAngle(), r.stateOf(r.current()));
    }
    f.draw(target);
    for (Place place : kPlaces) {
        const PlaceBox p = boxOf(sim, place);
        probeScenery(target, screenBox(cam, p.l, p.b, p.r, p.t), DrawerRules::placeName(place));
    }
    for (int i = 0; i < r.phones(); ++i) {
        const b2Body* body = sim.world().body("phone" + std::to_string(i + 1));
        if (body->IsEnabled()) probeBody(target, body, "phone" + std::to_string(i + 1), cam);
    }

    // Mobi, between the chest and the slingshot, watching the throws.
    drawLevelMobi(target, cam.toScreen(10.3f, 1.f), cam.toPixels(1.6f), ctx);
    probeFigure(target,
                {cam.toScreen(10.3f, 1.f).x - 30.f, cam.toScreen(10.3f, 2.8f).y, 60.f, cam.toPixels(1.8f)},
                "Mobi");

    // Away on the boat: its tracker crosses the sea to a far scrapyard, then it comes back.
    if (r.phase() == DrawerRules::Phase::Voyage) {
        ShapeBatch map;
        const sf::FloatRect card{520.f, 84.f, 720.f, 300.f};
        drawer::trackerMap(map, card, r.voyage() * 1.25f, static_cast<float>(ctx.time));
        map.draw(target);
        probeFigure(target, card, "tracker map");
    }
}

void DrawerView::drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const DrawerRules& r = rulesOf(sim);
    hud::progressBar(target, {270.f, 18.f, 90.f, 30.f}, r.progress());
    hud::line(target, m_texts, ctx.text, "placed",
              ctx.strings.get("hud.drawer.placed",
                              {{"count", std::to_string(r.placed())}, {"goal", std::to_string(r.phones())}}),
              {368.f, 4.f, 280.f, 56.f});
    // The phones still asleep, beside a little drawer.
    ShapeBatch icon;
    quad(icon, {660.f, 20.f, 34.f, 24.f}, kWood, theme::ink, 2.f);
    icon.circle({677.f, 32.f}, 4.f, theme::yellow);
    icon.draw(target);
    probeFigure(target, {658.f, 18.f, 38.f, 28.f}, "drawer icon");
    hud::line(
        target, m_texts, ctx.text, "left",
        ctx.strings.get("hud.drawer.left", {{"count", std::to_string(r.inDrawer())}}),
        {704.f, 4.f, sim.options().challenge ? 186.f : 270.f, 56.f}); // the clock's room when there is one
    if (sim.options().challenge) hud::challengeClock(target, m_texts, ctx.text, ctx.strings, r.secondsLeft());
}

void DrawerView::drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                                const sf::FloatRect& box) const {
    // Where the child's phones went (given, repaired, brought back), then the
    // world: about 2 e-waste in 10 properly recycled (F6).
    const DrawerRules& r = rulesOf(sim);
    const float gap = 14.f, w = (box.width - 4.f * gap) / 4.6f;
    const Place places[] = {Place::Give, Place::Repair, Place::Collect};
    ShapeBatch b;
    for (int i = 0; i < 3; ++i) {
        const sf::FloatRect tile{box.left + static_cast<float>(i) * (w + gap), box.top, w, box.height};
        endTile(target, m_texts, ctx, DrawerRules::placeName(places[i]), tile,
                std::to_string(r.placedIn(places[i])));
        const float s = std::min(tile.width * 0.7f, tile.height * 0.45f);
        drawer::place(b, {tile.left + (tile.width - s) / 2.f, tile.top + tile.height * 0.22f, s, s * 0.75f},
                      places[i], 0);
    }
    const sf::FloatRect world{box.left + 3.f * (w + gap) + gap, box.top, box.width - 3.f * (w + gap) - gap,
                              box.height};
    endTile(target, m_texts, ctx, "world", world, std::to_string(kRecycledInTen) + " / 10");
    b.draw(target);
    ShapeBatch ten;
    const sf::FloatRect heaps{world.left + 12.f, world.top + 10.f, world.width - 24.f, world.height * 0.42f};
    drawer::worldTen(ten, heaps, kRecycledInTen);
    ten.draw(target);
    probeFigure(target, heaps, "world ten");
}

} // namespace mobi
