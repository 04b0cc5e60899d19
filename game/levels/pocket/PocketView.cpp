// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/pocket/PocketView.hpp"

#include "content/StringTable.hpp"
#include "levels/pocket/PocketRules.hpp"
#include "ui/FootprintJar.hpp"
#include "ui/Hud.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

using V = sf::Vector2f;
using Message = PocketRules::Message;
const sf::Color kWall(0xEE, 0xF1, 0xF4), kFloor(0xC9, 0xC2, 0xB6), kBuilding(0x5B, 0x63, 0x70);
const sf::Color kRack(0x3A, 0x3F, 0x4A), kWater(0x56, 0xB4, 0xE9), kPhone(0x2C, 0x2F, 0x3A);
const sf::Color kTube(0xD6, 0xE2, 0xEE);
constexpr float kTubeHeight = 2.1f;  // m: a tube's inside, above its floor
constexpr float kTankCapacity = 4.f; // tanks drawn full at the start; the centre drinks them (a game value)

const PocketRules& rulesOf(const LevelSim& sim) { return static_cast<const PocketRules&>(sim.rules()); }

// A ball's sign, drawn on it, so that what it carries is told by a shape, not by colour alone.
void drawBall(ShapeBatch& b, V c, float r, Message m, bool autoplay, float glow) {
    switch (m) {
    case Message::Text: // a speech bubble
        b.circle(c, r, sf::Color::White, theme::ink, 2.f);
        b.polygon({{c.x - r * 0.5f, c.y - r * 0.25f},
                   {c.x + r * 0.5f, c.y - r * 0.25f},
                   {c.x + r * 0.5f, c.y + r * 0.2f},
                   {c.x - r * 0.1f, c.y + r * 0.2f},
                   {c.x - r * 0.4f, c.y + r * 0.5f},
                   {c.x - r * 0.3f, c.y + r * 0.2f},
                   {c.x - r * 0.5f, c.y + r * 0.2f}},
                  theme::skyBlue);
        break;
    case Message::Photo: // a picture with a hill and a sun
        b.circle(c, r, theme::bluishGreen, theme::ink, 2.f);
        b.polygon({{c.x - r * 0.55f, c.y - r * 0.45f},
                   {c.x + r * 0.55f, c.y - r * 0.45f},
                   {c.x + r * 0.55f, c.y + r * 0.45f},
                   {c.x - r * 0.55f, c.y + r * 0.45f}},
                  sf::Color::White);
        b.polygon({{c.x - r * 0.5f, c.y + r * 0.4f},
                   {c.x - r * 0.05f, c.y - r * 0.1f},
                   {c.x + r * 0.5f, c.y + r * 0.4f}},
                  theme::bluishGreen);
        b.circle({c.x + r * 0.25f, c.y - r * 0.2f}, r * 0.12f, theme::orange);
        break;
    case Message::Video: // a play button; from autoplay, with a pale ring around it
        if (autoplay) b.ring(c, r, r * 1.25f, sf::Color(0xF2, 0xBE, 0x99)); // opaque: no blending to pay for
        b.circle(c, r, theme::vermillion, theme::ink, 2.f);
        b.polygon(
            {{c.x - r * 0.3f, c.y - r * 0.45f}, {c.x + r * 0.5f, c.y}, {c.x - r * 0.3f, c.y + r * 0.45f}},
            sf::Color::White);
        break;
    case Message::Ai: // a glowing spark
        b.ring(c, r, r * (1.4f + 0.15f * glow), sf::Color(0xF8, 0xF1, 0xA8));
        b.circle(c, r, theme::reddishPurple, theme::ink, 2.f);
        for (int i = 0; i < 4; ++i) {
            const float a = 1.5708f * static_cast<float>(i);
            b.polygon({{c.x + std::cos(a) * r * 0.75f, c.y + std::sin(a) * r * 0.75f},
                       {c.x + std::cos(a + 0.785f) * r * 0.22f, c.y + std::sin(a + 0.785f) * r * 0.22f},
                       {c.x + std::cos(a - 0.785f) * r * 0.22f, c.y + std::sin(a - 0.785f) * r * 0.22f}},
                      sf::Color::White);
        }
        break;
    }
}

// The water tank, full at the start, as much lower as the cooling drank (a game value).
void drawTank(ShapeBatch& b, const sf::FloatRect& tank, float drunk) {
    const auto box = [&](float inset, float top) {
        return std::vector<V>{{tank.left + inset, top},
                              {tank.left + tank.width - inset, top},
                              {tank.left + tank.width - inset, tank.top + tank.height - inset},
                              {tank.left + inset, tank.top + tank.height - inset}};
    };
    b.polygon(box(0.f, tank.top), sf::Color::White, theme::ink, 3.f);
    const float level = std::clamp(1.f - drunk / kTankCapacity, 0.f, 1.f);
    if (level > 0.f) b.polygon(box(3.f, tank.top + tank.height * (1.f - level)), kWater);
}

// The controls' own pictures: the quality (a big or a small play button), the tap (running
// or shut), the network (Wi-Fi's arcs or a 4G mast).
void drawQualityIcon(ShapeBatch& b, V c, float s, bool low) {
    const float r = s * (low ? 0.28f : 0.42f);
    b.polygon({{c.x - r * 0.6f, c.y - r}, {c.x + r, c.y}, {c.x - r * 0.6f, c.y + r}}, theme::vermillion);
}

void drawTapIcon(ShapeBatch& b, V c, float s, bool open) {
    b.polygon({{c.x - s * 0.4f, c.y - s * 0.15f},
               {c.x + s * 0.2f, c.y - s * 0.15f},
               {c.x + s * 0.2f, c.y + s * 0.15f},
               {c.x - s * 0.4f, c.y + s * 0.15f}},
              theme::ink);
    b.line({c.x + s * 0.05f, c.y - s * 0.15f}, {c.x + s * 0.05f, c.y - s * 0.42f}, s * 0.12f, theme::ink);
    // The handle turns: across the pipe when shut, along it when open.
    if (open)
        b.line({c.x - s * 0.2f, c.y - s * 0.42f}, {c.x + s * 0.3f, c.y - s * 0.42f}, s * 0.12f, theme::ink);
    else
        b.line({c.x + s * 0.05f, c.y - s * 0.42f}, {c.x + s * 0.05f, c.y - s * 0.42f - s * 0.2f}, s * 0.12f,
               theme::ink);
    if (open) b.circle({c.x + s * 0.12f, c.y + s * 0.35f}, s * 0.1f, theme::vermillion);
}

void drawNetworkIcon(ShapeBatch& b, V c, float s, bool wifi) {
    if (wifi) {
        for (int i = 1; i <= 3; ++i) {
            const float r = s * 0.14f * static_cast<float>(i);
            for (int k = 0; k < 6; ++k) {
                const float a0 = -2.356f + 0.262f * static_cast<float>(k), a1 = a0 + 0.262f;
                b.line({c.x + std::cos(a0) * r, c.y + s * 0.25f + std::sin(a0) * r},
                       {c.x + std::cos(a1) * r, c.y + s * 0.25f + std::sin(a1) * r}, s * 0.07f, theme::blue);
            }
        }
        b.circle({c.x, c.y + s * 0.25f}, s * 0.06f, theme::blue);
    } else { // a mast with its waves far out
        b.polygon(
            {{c.x - s * 0.22f, c.y + s * 0.4f}, {c.x + s * 0.22f, c.y + s * 0.4f}, {c.x, c.y - s * 0.4f}},
            theme::inkSoft);
        b.circle({c.x, c.y - s * 0.4f}, s * 0.08f, theme::vermillion);
    }
}

// The inside of each pipe: a pale band over every floor of the level file (its fixtures
// tagged "floor"), as tall as the biggest ball, so the network reads as tubes.
void drawTubes(sf::RenderTarget& target, const LevelSim& sim, const Camera& cam) {
    ShapeBatch b;
    sim.world().forEachBody([&](const b2Body* body) {
        if (!body->IsEnabled()) return; // the Wi-Fi bridge, taken away with 4G: the way down is open
        for (const b2Fixture* f = body->GetFixtureList(); f; f = f->GetNext()) {
            if (PhysicsWorld::tag(f) != "floor" || f->GetType() != b2Shape::e_polygon) continue;
            const auto* box = static_cast<const b2PolygonShape*>(f->GetShape());
            const b2Vec2 left = body->GetWorldPoint(box->m_vertices[3]),
                         right = body->GetWorldPoint(box->m_vertices[2]);
            b2Vec2 up{left.y - right.y, right.x - left.x}; // the floor's top edge turned a quarter
            up.Normalize();
            up *= kTubeHeight;
            b.polygon({cam.toScreen(left.x, left.y), cam.toScreen(right.x, right.y),
                       cam.toScreen(right.x + up.x, right.y + up.y),
                       cam.toScreen(left.x + up.x, left.y + up.y)},
                      kTube);
        }
    });
    b.draw(target, sf::BlendNone); // opaque: no blending to pay for
}

} // namespace

void PocketView::draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    const PocketRules& r = rulesOf(sim);
    target.clear(kWall);
    ShapeBatch room;
    room.polygon(
        {cam.toScreen(0.f, 1.2f), cam.toScreen(32.f, 1.2f), cam.toScreen(32.f, 0.f), cam.toScreen(0.f, 0.f)},
        kFloor);
    // The family's phone, its screen sending the messages.
    const sf::FloatRect phone = cam.rect(3.4f, 13.2f, 4.f, 6.2f);
    room.draw(target, sf::BlendNone);
    target.draw(roundedRect(phone, cam.toPixels(0.6f), kPhone, theme::ink, 4.f), sf::BlendNone);
    target.draw(roundedRect({phone.left + 10.f, phone.top + 14.f, phone.width - 20.f, phone.height - 90.f},
                            8.f, sf::Color(0xD8, 0xEE, 0xFA)),
                sf::BlendNone);
    probeScenery(target, phone, "family phone");
    drawCentre(target, sim, ctx);
    drawTubes(target, sim, cam);
    m_painter.draw(target, sim, cam, [](const b2Body* b) { return PhysicsWorld::info(b).kind != "ball"; });
    // The balls, each with its sign.
    ShapeBatch balls;
    const float glow = 0.5f + 0.5f * std::sin(static_cast<float>(ctx.time) * 4.f);
    for (const b2Body* ball : sim.world().bodiesOfKind("ball")) {
        const b2Fixture* f = ball->GetFixtureList();
        if (!f) continue;
        const float radius = cam.toPixels(f->GetShape()->m_radius);
        drawBall(balls, cam.toScreen(ball->GetPosition().x, ball->GetPosition().y), radius, r.messageOf(ball),
                 r.fromAutoplay(ball), glow);
    }
    balls.draw(target, sf::BlendNone); // every colour of theirs is opaque
    drawControls(target, sim, ctx);
    drawJar(target, sim, ctx, {34.f, 338.f, 40.f, 96.f}, 124.f); // under the family's phone
    // Mobi on the data centre: sweating when it is too hot.
    const V feet = cam.toScreen(28.9f, 9.4f); // on the roof, between the fans
    drawLevelMobi(target, feet, cam.toPixels(1.6f), ctx);
    if (r.overheated()) {
        ShapeBatch sweat;
        for (int i = 0; i < 2; ++i) {
            const float t =
                std::fmod(static_cast<float>(ctx.time) * 1.5f + 0.5f * static_cast<float>(i), 1.f);
            const V d{feet.x + (i ? 26.f : -26.f), feet.y - cam.toPixels(1.5f) + 30.f * t};
            sweat.polygon({{d.x, d.y - 9.f}, {d.x + 5.f, d.y}, {d.x, d.y + 5.f}, {d.x - 5.f, d.y}}, kWater,
                          theme::ink, 1.5f);
        }
        sweat.draw(target);
    }
    probeFigure(target, {feet.x - 30.f, feet.y - cam.toPixels(1.8f), 60.f, cam.toPixels(1.8f)}, "Mobi");
}

void PocketView::drawJar(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                         const sf::FloatRect& glass, float labelWidth) const {
    // Using the phone fills Mobi's jar by its share (G5) as the messages arrive.
    const FootprintData& f = sim.data().footprint;
    const float before = sim.options().footprintBefore;
    drawFootprintJar(target, m_texts, ctx.text, glass, {before, sim.footprintAdded(), {}},
                     {{before + f.share, ctx.strings.get(f.markId)}}, labelWidth);
}

void PocketView::drawCentre(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    const PocketRules& r = rulesOf(sim);
    const sf::FloatRect building = cam.rect(28.9f, 5.2f, 5.8f, 8.4f);
    target.draw(roundedRect(building, 10.f, kBuilding, theme::ink, 4.f), sf::BlendNone);
    ShapeBatch b;
    // Racks with their lights, blinking faster when it is hot.
    const float blink = static_cast<float>(ctx.time) * (2.f + 6.f * r.heat());
    for (int i = 0; i < 2; ++i) {
        const sf::FloatRect rack = cam.rect(27.9f + 1.6f * static_cast<float>(i), 4.f, 1.2f, 5.4f);
        b.polygon({{rack.left, rack.top},
                   {rack.left + rack.width, rack.top},
                   {rack.left + rack.width, rack.top + rack.height},
                   {rack.left, rack.top + rack.height}},
                  kRack, theme::ink, 2.f);
        for (int k = 0; k < 6; ++k) {
            const bool on = std::fmod(blink + 0.37f * static_cast<float>(k + 3 * i), 1.f) < 0.6f;
            b.circle({rack.left + rack.width * 0.3f, rack.top + 14.f + 32.f * static_cast<float>(k)}, 4.f,
                     on ? theme::bluishGreen : sf::Color(0x20, 0x24, 0x2C));
        }
    }
    // The fans on the roof: the hotter, the faster they turn.
    for (int i = 0; i < 2; ++i) {
        const V c = cam.toScreen(27.6f + 2.6f * static_cast<float>(i), 10.1f);
        b.circle(c, 22.f, sf::Color(0xB8, 0xC0, 0xCA), theme::ink, 3.f);
        const float a = static_cast<float>(ctx.time) * (1.f + 14.f * r.heat()) + static_cast<float>(i);
        for (int k = 0; k < 3; ++k) {
            const float ak = a + 2.094f * static_cast<float>(k);
            b.polygon({c,
                       {c.x + std::cos(ak) * 19.f, c.y + std::sin(ak) * 19.f},
                       {c.x + std::cos(ak + 0.6f) * 16.f, c.y + std::sin(ak + 0.6f) * 16.f}},
                      theme::inkSoft);
        }
    }
    // Its door: shut (striped) when it is too hot and lets a ball in now and then.
    if (sim.world().body("door")->IsEnabled()) {
        const sf::FloatRect door = cam.rect(25.75f, 4.6f, 0.4f, 6.4f);
        b.polygon({{door.left, door.top},
                   {door.left + door.width, door.top},
                   {door.left + door.width, door.top + door.height},
                   {door.left, door.top + door.height}},
                  theme::vermillion, theme::ink, 2.f);
    }
    // The water tank beside it, which the cooling drinks.
    const sf::FloatRect tank = cam.rect(31.0f, 12.0f, 1.4f, 3.6f);
    drawTank(b, tank, r.water());
    b.line(cam.toScreen(31.f, 10.2f), cam.toScreen(31.f, 9.4f), 6.f,
           theme::ink);            // its pipe down to the centre
    b.draw(target, sf::BlendNone); // all opaque
    probeScenery(target, tank, "water tank");
    // The thermometer on the building, beside its racks: a game value, never a number.
    const sf::FloatRect thermo = cam.rect(31.05f, 4.9f, 0.9f, 5.6f);
    hud::thermometer(target, thermo, r.heat());
    probeFigure(target, thermo, "thermometer");
    probeScenery(target, building, "data centre");
}

void PocketView::drawControls(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    const PocketRules& r = rulesOf(sim);
    // Each control says what it is by its picture, and where it stands: no word is needed.
    struct Knob {
        const char* body;
        bool good; // set at its best already
    };
    const Knob knobs[] = {
        {"knob.quality", r.lowQuality()}, {"knob.autoplay", !r.autoplayOpen()}, {"knob.network", r.wifi()}};
    const float glow = 0.5f + 0.5f * std::sin(static_cast<float>(ctx.time) * 5.f);
    for (const Knob& k : knobs) {
        const b2Body* body = sim.world().body(k.body);
        const V c = cam.toScreen(body->GetPosition().x, body->GetPosition().y);
        const float radius = cam.toPixels(0.7f);
        ShapeBatch b;
        // A control still at its worst glows, to be pressed.
        b.circle(c, radius, k.good ? sf::Color::White : theme::yellow, theme::ink,
                 k.good ? 3.f : 3.f + 3.f * glow);
        const std::string name = k.body;
        if (name == "knob.quality") drawQualityIcon(b, c, radius * 1.6f, r.lowQuality());
        if (name == "knob.autoplay") drawTapIcon(b, c, radius * 1.6f, r.autoplayOpen());
        if (name == "knob.network") drawNetworkIcon(b, c, radius * 1.6f, r.wifi());
        b.draw(target);
        probeBody(target, body, k.body, cam);
    }
}

void PocketView::drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const PocketRules& r = rulesOf(sim);
    hud::progressBar(target, {332.f, 18.f, 108.f, 30.f}, r.progress());
    hud::line(target, m_texts, ctx.text, "count",
              ctx.strings.get("hud.pocket.count",
                              {{"count", std::to_string(r.delivered())}, {"goal", std::to_string(r.goal())}}),
              {450.f, 4.f, 252.f, 56.f});
    // The videos among them, beside a play button: about 6 in 10 (U1).
    ShapeBatch icon;
    drawBall(icon, {728.f, 32.f}, 15.f, Message::Video, false, 0.f);
    icon.draw(target);
    probeFigure(target, {713.f, 17.f, 30.f, 30.f}, "video icon");
    hud::line(target, m_texts, ctx.text, "videos",
              ctx.strings.get("hud.pocket.videos", {{"count", std::to_string(r.videosDelivered())}}),
              {752.f, 4.f, sim.options().challenge ? 140.f : 290.f, 56.f}); // the clock's room when no clock
    if (sim.options().challenge) hud::challengeClock(target, m_texts, ctx.text, ctx.strings, r.secondsLeft());
}

void PocketView::drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                                const sf::FloatRect& box) const {
    // The hottest the centre got, the water it drank, the three controls as the child left
    // them, and Mobi's jar with what using it put in.
    const PocketRules& r = rulesOf(sim);
    const float gap = 14.f, w = (box.width - 3.f * gap) / 4.f;
    const sf::FloatRect heat{box.left, box.top, w, box.height},
        water{box.left + w + gap, box.top, w, box.height},
        controls{box.left + 2.f * (w + gap), box.top, w, box.height},
        jar{box.left + 3.f * (w + gap), box.top, w, box.height};
    endTile(target, m_texts, ctx, "heat", heat, "");
    const float th = heat.height - 40.f;
    hud::thermometer(target, {heat.left + heat.width / 2.f - 14.f, heat.top + 20.f, 28.f, th}, r.peakHeat());
    probeFigure(target, {heat.left + heat.width / 2.f - 14.f, heat.top + 20.f, 28.f, th}, "thermometer");
    endTile(target, m_texts, ctx, "water", water, "");
    ShapeBatch b;
    const sf::FloatRect tank{water.left + water.width / 2.f - 24.f, water.top + 20.f, 48.f,
                             water.height - 40.f};
    drawTank(b, tank, r.water());
    endTile(target, m_texts, ctx, "controls", controls, "");
    const float s = std::min(controls.width / 3.f, controls.height) * 0.8f;
    const float cy = controls.top + controls.height / 2.f;
    const bool good[] = {r.lowQuality(), !r.autoplayOpen(), r.wifi()};
    for (int i = 0; i < 3; ++i) {
        const V c{controls.left + controls.width * (0.5f + static_cast<float>(i)) / 3.f, cy};
        b.circle(c, s * 0.45f, good[i] ? sf::Color::White : theme::yellow, theme::ink, 3.f);
        if (i == 0) drawQualityIcon(b, c, s * 0.7f, r.lowQuality());
        if (i == 1) drawTapIcon(b, c, s * 0.7f, r.autoplayOpen());
        if (i == 2) drawNetworkIcon(b, c, s * 0.7f, r.wifi());
    }
    b.draw(target);
    probeFigure(target, tank, "water tank");
    probeFigure(target, {controls.left + 8.f, cy - s * 0.45f, controls.width - 16.f, s * 0.9f}, "controls");
    endTile(target, m_texts, ctx, "jar", jar, "");
    const float jw = std::min(jar.width * 0.4f, 56.f);
    drawJar(target, sim, ctx, {jar.left + jar.width / 2.f - jw / 2.f, jar.top + 16.f, jw, jar.height - 32.f},
            0.f);
}

} // namespace mobi
