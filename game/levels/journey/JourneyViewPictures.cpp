// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/journey/JourneyViewPictures.hpp"

#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <cmath>
#include <vector>

namespace mobi::journeyPictures {
namespace {

using Way = JourneyRules::Way;
using V = sf::Vector2f;
const sf::Color kLand(0xC9, 0xDE, 0x9C), kLandEdge(0x6F, 0x8F, 0x4F), kSteel(0x8A, 0x93, 0x9E);

// The continents, in the map's metres (x from the west, y up): a child's
// map, not to scale; Europe is drawn larger so its three places can be told apart.
const std::vector<std::vector<V>> kContinents = {
    {{2.f, 15.4f},
     {8.5f, 15.8f},
     {10.5f, 14.2f},
     {9.f, 12.2f},
     {7.f, 11.2f},
     {5.f, 12.4f},
     {2.6f, 13.4f}},                                                                        // North America
    {{7.2f, 11.f}, {9.6f, 10.4f}, {10.2f, 8.6f}, {8.4f, 6.5f}, {7.4f, 7.4f}, {6.8f, 9.4f}}, // South America
    {{13.f, 15.4f}, {18.4f, 15.5f}, {18.6f, 13.2f}, {16.8f, 12.2f}, {13.6f, 12.1f}, {12.8f, 13.6f}}, // Europe
    {{13.2f, 11.7f},
     {18.4f, 11.8f},
     {19.8f, 10.2f},
     {18.2f, 7.2f},
     {16.6f, 6.6f},
     {15.4f, 8.4f},
     {13.1f, 10.3f}}, // Africa
    {{18.8f, 15.6f},
     {28.6f, 15.7f},
     {29.6f, 13.6f},
     {27.6f, 11.f},
     {25.f, 10.3f},
     {22.4f, 11.1f},
     {19.8f, 12.1f},
     {19.f, 13.4f}},                                            // Asia
    {{26.4f, 8.4f}, {29.6f, 8.8f}, {30.2f, 7.f}, {27.f, 6.6f}}, // Oceania
};

// Each leg's way on the map, from place to place: a sea leg goes round the coasts.
struct LegPath {
    const char* from;
    const char* to;
    std::vector<V> via;
};
const LegPath kLegs[JourneyRules::kLegs] = {
    {"place.mine", "place.parts", {{12.4f, 9.4f}, {12.2f, 12.2f}}},     // round West Africa
    {"place.parts", "place.assembly", {{19.2f, 11.4f}, {21.6f, 9.6f}}}, // the Suez canal, the Indian Ocean
    {"place.assembly", "place.hub", {{21.2f, 14.4f}, {17.8f, 14.6f}}},  // across Asia and Europe
    {"place.hub", "place.shop", {}},
};

std::vector<V> legPoints(const LevelSim& sim, const Camera& cam, int leg, bool bySea) {
    const ZoneData* a = sim.data().zone(kLegs[leg].from);
    const ZoneData* b = sim.data().zone(kLegs[leg].to);
    std::vector<V> pts{cam.toScreen(a->x, a->y)};
    // A land leg taken the slow way goes by rail, straight across; by sea or by air, round the coasts or over
    // them.
    if (bySea || leg == 2)
        for (V v : kLegs[leg].via)
            pts.push_back(cam.toScreen(v.x, v.y));
    pts.push_back(cam.toScreen(b->x, b->y));
    return pts;
}

void dashed(ShapeBatch& b, const std::vector<V>& pts, float width, sf::Color c, float shift) {
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
        const V d = pts[i + 1] - pts[i];
        const float len = std::sqrt(d.x * d.x + d.y * d.y);
        for (float s = std::fmod(shift, 24.f); s < len; s += 24.f) {
            const float e = std::min(len, s + 13.f);
            if (e > std::max(0.f, s))
                b.line(pts[i] + d * (std::max(0.f, s) / len), pts[i] + d * (e / len), width, c);
        }
    }
}

V midpoint(const std::vector<V>& pts) {
    return pts.size() % 2 ? pts[pts.size() / 2] : (pts[pts.size() / 2 - 1] + pts[pts.size() / 2]) / 2.f;
}

} // namespace

std::string pictureOf(Way way) {
    // The quiz pictures are named as the profile names the ways, but for the van (a delivery truck).
    return way == Way::Van ? "truck" : way == Way::None ? "ship" : JourneyRules::wayName(way);
}

void worldMap(sf::RenderTarget& t, const LevelSim& sim, const Camera& cam, const JourneyRules& r, float time,
              bool lowDetail) {
    ShapeBatch land;
    for (const auto& shape : kContinents) {
        std::vector<V> pts;
        for (V v : shape)
            pts.push_back(cam.toScreen(v.x, v.y));
        land.polygon(pts, kLand, kLandEdge, 3.f);
    }
    land.draw(t);
    ShapeBatch route;
    std::vector<std::pair<V, Way>> vehicles;
    for (int leg = 0; leg < JourneyRules::kLegs; ++leg) {
        const bool bySea = r.way(leg) == Way::Ship || (r.way(leg) == Way::None && r.bySea(leg));
        const std::vector<V> pts = legPoints(sim, cam, leg, bySea);
        if (leg < r.legsDone()) {
            for (std::size_t i = 0; i + 1 < pts.size(); ++i)
                route.line(pts[i], pts[i + 1], 6.f, theme::ink);
            vehicles.push_back({midpoint(pts), r.way(leg)});
        } else if (leg == r.leg()) { // the leg ahead, its dashes running towards where it goes
            dashed(route, pts, 8.f, theme::vermillion, lowDetail ? 0.f : time * 30.f);
            vehicles.push_back({midpoint(pts), r.bySea(leg) ? Way::Ship : leg == 3 ? Way::None : Way::Train});
        } else {
            dashed(route, pts, 4.f, sf::Color::White, 0.f);
        }
    }
    route.draw(t);
    // The places: the mine, the makers of parts, assembly, the hub, the shop.
    const sf::Color colours[] = {sf::Color(0x8A, 0x5A, 0x3A), theme::bluishGreen, kSteel, theme::blue,
                                 theme::orange};
    int i = 0;
    for (const char* place : {"place.mine", "place.parts", "place.assembly", "place.hub", "place.shop"}) {
        const ZoneData* z = sim.data().zone(place);
        drawCircle(t, cam.toScreen(z->x, z->y), 13.f, colours[i++], theme::ink, 3.f);
    }
    // On each leg done, the way it went; on the one ahead, the slow way the map offers (a ship or a train).
    for (const auto& [at, way] : vehicles)
        if (way != Way::None) {
            drawCircle(t, at, 26.f, sf::Color::White, theme::ink, 3.f);
            drawQuizPicture(t, pictureOf(way), at, 40.f);
        }
}

void parcel(sf::RenderTarget& t, const sf::FloatRect& r) {
    t.draw(roundedRect(r, 6.f, sf::Color(0xC8, 0x9B, 0x62), theme::ink, 3.f));
    ShapeBatch tape;
    tape.line({r.left + r.width / 2.f, r.top}, {r.left + r.width / 2.f, r.top + r.height}, r.width * 0.12f,
              sf::Color(0xE9, 0xD3, 0xA6));
    // Mobi's mark on its box: a little phone.
    tape.polygon({{r.left + r.width * 0.7f, r.top + r.height * 0.3f},
                  {r.left + r.width * 0.86f, r.top + r.height * 0.3f},
                  {r.left + r.width * 0.86f, r.top + r.height * 0.72f},
                  {r.left + r.width * 0.7f, r.top + r.height * 0.72f}},
                 theme::skyBlue, theme::ink, 2.f);
    tape.draw(t);
}

// A point given on the deck (metres from its middle, as the level file's shapes
// are) to the screen: the ship and the wagon rock with it.
struct OnDeck {
    const Camera& cam;
    const b2Body* deck;
    V operator()(float x, float y) const {
        const b2Vec2 p = deck->GetWorldPoint({x, y});
        return cam.toScreen(p.x, p.y);
    }
};

// The low rail at each end of the deck (the level file's two small boxes on it).
void rails(ShapeBatch& b, const OnDeck& at, sf::Color fill) {
    for (float x : {-4.65f, 4.65f})
        b.polygon({at(x - 0.15f, 0.3f), at(x + 0.15f, 0.3f), at(x + 0.15f, 0.9f), at(x - 0.15f, 0.9f)}, fill,
                  theme::ink, 2.f);
}

void ship(sf::RenderTarget& t, const Camera& cam, const b2Body* deck) {
    const OnDeck at{cam, deck};
    ShapeBatch b;
    b.polygon({at(-4.9f, 0.3f), at(6.2f, 0.9f), at(4.6f, -2.3f), at(-4.5f, -2.3f)},
              sf::Color(0xD5, 0x5E, 0x00), theme::ink, 4.f);
    b.line(at(-4.6f, -1.4f), at(5.2f, -1.4f), 6.f, sf::Color::White);
    b.line(at(-4.8f, 0.3f), at(4.8f, 0.3f), 5.f, sf::Color(0x8A, 0x5A, 0x3A)); // the deck's planks
    rails(b, at, sf::Color(0xD5, 0x5E, 0x00));
    b.line(at(-4.4f, 0.3f), at(-4.4f, 2.8f), 5.f, theme::ink); // a mast at the stern, a flag on it
    b.polygon({at(-4.4f, 2.8f), at(-3.2f, 2.5f), at(-4.4f, 2.1f)}, theme::yellow, theme::ink, 2.f);
    for (float x : {-2.6f, -0.6f, 1.4f, 3.4f})
        b.circle(at(x, -0.6f), cam.toPixels(0.28f), sf::Color(0xEE, 0xF6, 0xFA), theme::ink, 2.f);
    b.draw(t);
}

void wagon(sf::RenderTarget& t, const Camera& cam, const b2Body* deck) {
    const OnDeck at{cam, deck};
    ShapeBatch b;
    b.polygon({at(-4.8f, 0.3f), at(4.8f, 0.3f), at(4.6f, -0.8f), at(-4.6f, -0.8f)},
              sf::Color(0x45, 0x4B, 0x57), theme::ink, 3.f);
    rails(b, at, sf::Color(0x45, 0x4B, 0x57));
    // The engine ahead, pulling: its cab, where Mobi rides.
    b.polygon({at(5.4f, -0.8f), at(9.4f, -0.8f), at(9.4f, 1.4f), at(5.4f, 1.4f)}, theme::bluishGreen,
              theme::ink, 3.f);
    b.polygon({at(5.8f, 2.6f), at(7.6f, 2.6f), at(7.6f, 1.4f), at(5.8f, 1.4f)}, theme::bluishGreen,
              theme::ink, 3.f);
    b.line(at(4.8f, -0.4f), at(5.4f, -0.4f), 6.f, theme::ink);
    for (float x : {-3.4f, -2.2f, 2.2f, 3.4f, 6.4f, 8.4f})
        b.circle(at(x, -1.2f), cam.toPixels(0.45f), theme::ink, sf::Color::Transparent, 0.f, 14);
    b.draw(t);
}

void crane(sf::RenderTarget& t, const Camera& cam, float x, float y) {
    ShapeBatch b;
    const float mast = 30.6f, top = 12.4f;
    b.line(cam.toScreen(mast, 0.f), cam.toScreen(mast, top), 12.f, theme::yellow);
    b.line(cam.toScreen(std::min(x, mast) - 0.6f, top), cam.toScreen(mast + 0.4f, top), 10.f, theme::yellow);
    b.line(cam.toScreen(x, top), cam.toScreen(x, y + 0.8f), 3.f, theme::ink);
    b.circle(cam.toScreen(x, y + 0.8f), 6.f, kSteel, theme::ink, 2.f);
    b.draw(t);
}

void plane(sf::RenderTarget& t, const Camera& cam, V off, bool doorOpen) {
    auto at = [&](float x, float y) { return cam.toScreen(x + off.x, y + off.y); };
    ShapeBatch b;
    b.polygon({at(13.4f, 8.6f), at(14.6f, 12.2f), at(16.4f, 12.2f), at(17.6f, 8.6f)}, theme::skyBlue,
              theme::ink, 3.f); // the fin
    b.polygon({at(20.f, 5.4f), at(24.6f, 5.4f), at(21.4f, 2.6f), at(19.4f, 2.6f)}, kSteel, theme::ink,
              3.f); // a wing
    b.draw(t);
    t.draw(roundedRect({at(13.f, 8.9f).x, at(13.f, 8.9f).y, cam.toPixels(18.f), cam.toPixels(4.6f)},
                       cam.toPixels(2.2f), sf::Color::White, theme::ink, 4.f));
    ShapeBatch d;
    // The hold seen through the plane's side, and its open door at the back.
    d.polygon({at(18.3f, 7.f), at(28.5f, 7.f), at(28.5f, 5.2f), at(18.3f, 5.2f)}, sf::Color(0x6A, 0x70, 0x7C),
              theme::ink, 2.f);
    if (doorOpen) {
        d.polygon({at(13.6f, 8.6f), at(17.5f, 8.6f), at(17.5f, 4.6f), at(13.6f, 4.6f)},
                  sf::Color(0x3A, 0x3F, 0x4A), theme::ink, 3.f);
        d.line(cam.toScreen(10.2f, 2.f), at(13.8f, 4.7f), 10.f, kSteel); // the loading ramp from the tarmac
    }
    for (float x = 19.f; x < 29.f; x += 1.3f) // the passengers' windows
        d.circle(at(x, 8.f), cam.toPixels(0.22f), theme::skyBlue, theme::ink, 2.f);
    d.circle(at(29.6f, 7.4f), cam.toPixels(0.5f), theme::skyBlue, theme::ink, 2.f); // the cockpit
    for (float x : {16.f, 27.f})
        d.circle(at(x, 3.9f), cam.toPixels(0.5f), theme::ink, sf::Color::Transparent, 0.f, 12);
    d.draw(t);
}

void town(sf::RenderTarget& t, const Camera& cam) {
    ShapeBatch b;
    const sf::Color walls[] = {sf::Color(0xF2, 0xD7, 0xB0), sf::Color(0xE0, 0xE4, 0xEA),
                               sf::Color(0xF6, 0xE8, 0xC8)};
    int i = 0;
    for (float x = 1.f; x < 22.f; x += 4.2f, ++i) {
        const float h = 4.f + static_cast<float>(i % 3);
        b.polygon({cam.toScreen(x, 2.6f), cam.toScreen(x + 3.6f, 2.6f), cam.toScreen(x + 3.6f, 2.6f + h),
                   cam.toScreen(x, 2.6f + h)},
                  walls[i % 3], theme::ink, 2.f);
        b.polygon({cam.toScreen(x - 0.3f, 2.6f + h), cam.toScreen(x + 3.9f, 2.6f + h),
                   cam.toScreen(x + 1.8f, 4.4f + h)},
                  theme::vermillion, theme::ink, 2.f);
        b.polygon({cam.toScreen(x + 1.f, 3.6f + h * 0.5f), cam.toScreen(x + 2.4f, 3.6f + h * 0.5f),
                   cam.toScreen(x + 2.4f, 4.6f + h * 0.5f), cam.toScreen(x + 1.f, 4.6f + h * 0.5f)},
                  theme::skyBlue, theme::ink, 2.f);
    }
    b.draw(t);
}

void shop(sf::RenderTarget& t, const sf::FloatRect& r) {
    t.draw(roundedRect(r, 8.f, sf::Color(0xFF, 0xF6, 0xE3), theme::ink, 3.f));
    ShapeBatch b;
    const float stripe = r.width / 6.f;
    for (int i = 0; i < 6; ++i) // the awning
        b.polygon({{r.left + stripe * static_cast<float>(i), r.top},
                   {r.left + stripe * static_cast<float>(i + 1), r.top},
                   {r.left + stripe * static_cast<float>(i + 1), r.top + r.height * 0.2f},
                   {r.left + stripe * static_cast<float>(i), r.top + r.height * 0.2f}},
                  i % 2 ? sf::Color::White : theme::bluishGreen, theme::ink, 1.f);
    // The window shows a phone; the door is open.
    b.polygon({{r.left + r.width * 0.1f, r.top + r.height * 0.35f},
               {r.left + r.width * 0.5f, r.top + r.height * 0.35f},
               {r.left + r.width * 0.5f, r.top + r.height * 0.7f},
               {r.left + r.width * 0.1f, r.top + r.height * 0.7f}},
              theme::skyBlue, theme::ink, 2.f);
    b.polygon({{r.left + r.width * 0.25f, r.top + r.height * 0.42f},
               {r.left + r.width * 0.35f, r.top + r.height * 0.42f},
               {r.left + r.width * 0.35f, r.top + r.height * 0.63f},
               {r.left + r.width * 0.25f, r.top + r.height * 0.63f}},
              theme::ink);
    b.polygon({{r.left + r.width * 0.62f, r.top + r.height * 0.4f},
               {r.left + r.width * 0.88f, r.top + r.height * 0.4f},
               {r.left + r.width * 0.88f, r.top + r.height},
               {r.left + r.width * 0.62f, r.top + r.height}},
              sf::Color(0x8A, 0x5A, 0x3A), theme::ink, 2.f);
    b.draw(t);
}

void globe(sf::RenderTarget& t, V c, float radius, float fill) {
    const bool done = fill >= 1.f;
    ShapeBatch b;
    b.circle(c, radius, done ? theme::skyBlue : sf::Color(0xD0, 0xD4, 0xDA), theme::ink, 3.f, 24);
    const sf::Color land = done ? theme::bluishGreen : sf::Color(0xA8, 0xAE, 0xB6);
    b.circle({c.x - radius * 0.35f, c.y - radius * 0.2f}, radius * 0.32f, land, sf::Color::Transparent, 0.f,
             10);
    b.circle({c.x + radius * 0.3f, c.y + radius * 0.3f}, radius * 0.28f, land, sf::Color::Transparent, 0.f,
             10);
    // The ring: how far round this globe Mobi has gone.
    const int segments = static_cast<int>(std::round(fill * 24.f));
    for (int s = 0; s < segments && !done; ++s) {
        const float a0 = -1.5708f + 6.2832f * static_cast<float>(s) / 24.f, a1 = a0 + 6.2832f / 24.f;
        const float rr = radius + 5.f;
        b.line({c.x + std::cos(a0) * rr, c.y + std::sin(a0) * rr},
               {c.x + std::cos(a1) * rr, c.y + std::sin(a1) * rr}, 6.f, theme::vermillion);
    }
    b.draw(t);
}

} // namespace mobi::journeyPictures
