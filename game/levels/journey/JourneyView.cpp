// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/journey/JourneyView.hpp"

#include "content/StringTable.hpp"
#include "core/FixedStep.hpp"
#include "levels/journey/JourneyRules.hpp"
#include "levels/journey/JourneyViewPictures.hpp"
#include "ui/FootprintJar.hpp"
#include "ui/Hud.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/QuizPictures.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>

namespace mobi {
namespace {

using Way = JourneyRules::Way;
using V = sf::Vector2f;
const sf::Color kSky(0xD6, 0xEC, 0xF8), kSea(0x4F, 0x9E, 0xD6), kFoam(0xF4, 0xFA, 0xFF);
const sf::Color kQuay(0x9C, 0x94, 0x8A), kGrass(0x93, 0xC5, 0x72), kTarmac(0x8C, 0x91, 0x99);
const sf::Color kRoad(0x6E, 0x72, 0x7A);

const JourneyRules& rulesOf(const LevelSim& sim) { return static_cast<const JourneyRules&>(sim.rules()); }

void fillRect(sf::RenderTarget& t, const sf::FloatRect& r, sf::Color c) {
    sf::RectangleShape shape({r.width, r.height});
    shape.setPosition(r.left, r.top);
    shape.setFillColor(c);
    t.draw(shape, sf::BlendNone); // opaque: software OpenGL pays for every blended pixel
}

// A point of a body's own frame (metres), on the screen.
V onBody(const Camera& cam, const b2Body* b, float x, float y, V offset = {}) {
    const b2Vec2 p = b->GetWorldPoint({x, y});
    return cam.toScreen(p.x + offset.x, p.y + offset.y);
}

// Mobi's crates, with the handle that says "take me" on those that can be taken.
void drawCrates(sf::RenderTarget& t, const LevelSim& sim, const Camera& cam, V heldOffset = {},
                bool onlyLoaded = false) {
    const JourneyRules& r = rulesOf(sim);
    ShapeBatch batch, handles;
    for (std::size_t i = 0; i < r.crates().size(); ++i) {
        const b2Body* b = sim.world().body(r.crates()[i]);
        if (!b->IsEnabled()) continue;
        const bool loaded = b->GetType() == b2_staticBody;
        if (onlyLoaded != loaded) continue;
        const ShapeData& s = sim.data().body(r.crates()[i])->shapes.front();
        const V off = loaded ? heldOffset : V{};
        const float w = s.w / 2.f, h = s.h / 2.f;
        batch.polygon({onBody(cam, b, -w, -h, off), onBody(cam, b, w, -h, off), onBody(cam, b, w, h, off),
                       onBody(cam, b, -w, h, off)},
                      journeyPictures::kCrate, theme::ink, 3.f);
        batch.line(onBody(cam, b, -w, 0.f, off), onBody(cam, b, w, 0.f, off), 3.f, theme::ink);
        batch.line(onBody(cam, b, -w * 0.4f, -h, off), onBody(cam, b, -w * 0.4f, h, off), 3.f, theme::ink);
        if (r.fishing(static_cast<int>(i)) && !r.lifting(static_cast<int>(i))) { // a ring buoy holds it up
            const V c = cam.toScreen(b->GetPosition().x, b->GetPosition().y);
            handles.circle(c, cam.toPixels(w + 0.35f), sf::Color::White, theme::ink, 3.f, 20);
            handles.circle(c, cam.toPixels(w + 0.05f), kSea, sf::Color::Transparent, 0.f, 20);
            for (int k = 0; k < 4; ++k) {
                const float a = 0.785f + 1.571f * static_cast<float>(k);
                handles.circle(
                    {c.x + std::cos(a) * cam.toPixels(w + 0.2f), c.y + std::sin(a) * cam.toPixels(w + 0.2f)},
                    cam.toPixels(0.18f), theme::vermillion);
            }
        }
        if (PhysicsWorld::info(b).grabbable && sim.world().grabbed() != b)
            handles.circle(cam.toScreen(b->GetPosition().x, b->GetPosition().y), 9.f, theme::yellow,
                           theme::ink, 3.f);
    }
    batch.draw(t);
    handles.draw(t);
    for (const std::string& name : r.crates()) {
        const b2Body* b = sim.world().body(name);
        if (b->IsEnabled() && b->GetType() == b2_dynamicBody) probeBody(t, b, "crate", cam);
    }
}

// Waves along the water's edge, riding left as the ship goes.
void drawWaves(ShapeBatch& b, const Camera& cam, float top, float ride, sf::Color colour) {
    for (float x = -2.f + std::fmod(ride, 2.f); x < 34.f; x += 2.f)
        b.circle(cam.toScreen(x, top - 0.25f), cam.toPixels(0.55f), colour, sf::Color::Transparent, 0.f, 12);
}

} // namespace

sf::FloatRect JourneyView::hintArea(const LevelSim& sim) const {
    // Above the play: on the map over the Americas, west of every place of the route;
    // elsewhere in the sky, clear of the crane and the plane.
    return rulesOf(sim).phase() == JourneyRules::Phase::Map ? sf::FloatRect{24.f, 80.f, 440.f, 200.f}
                                                            : sf::FloatRect{24.f, 80.f, 640.f, 180.f};
}

void JourneyView::draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    switch (rulesOf(sim).phase()) {
    case JourneyRules::Phase::Map:
        drawMap(target, sim, ctx);
        break;
    case JourneyRules::Phase::Slow:
        drawSlow(target, sim, ctx);
        break;
    case JourneyRules::Phase::Hold:
        drawHold(target, sim, ctx);
        break;
    case JourneyRules::Phase::Ride:
        drawRide(target, sim, ctx);
        break;
    }
}

void JourneyView::drawMap(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const JourneyRules& r = rulesOf(sim);
    const Camera& cam = ctx.camera;
    const float time = static_cast<float>(ctx.time);
    target.clear(kSea);
    journeyPictures::worldMap(target, sim, cam, r, time, ctx.lowDetail);
    // The dock: the two ways side by side, each with its cloud (none is told for the last leg's two).
    fillRect(target, {0.f, cam.toScreen(0.f, 5.9f).y, kLogicalWidth, cam.toPixels(5.9f)}, theme::paper);
    const bool last = r.leg() == 3;
    const Way slow = last ? Way::Bike : r.bySea(r.leg()) ? Way::Ship : Way::Train;
    const Way fast = last ? Way::Van : Way::Plane;
    const float glow = 0.5f + 0.5f * std::sin(time * 5.f);
    const bool picked = r.way(r.leg()) != Way::None;
    for (const auto& [zone, way] : {std::pair<const char*, Way>{"pick.plane", fast}, {"pick.slow", slow}}) {
        const ZoneData* z = sim.data().zone(zone);
        const sf::FloatRect tile = cam.rect(z->x, z->y, z->w, z->h);
        const bool chosen = r.way(r.leg()) == way;
        target.draw(roundedRect(tile, 18.f, sf::Color::White,
                                chosen || !picked ? theme::orange : theme::inkSoft,
                                chosen   ? 7.f
                                : picked ? 2.f
                                         : 3.f + 3.f * glow));
        // Scenery, not a card: the ghost hand comes down onto it. Its word keeps to the left,
        // clear of the hand that points at the tile's middle.
        probeScenery(target, tile, zone);
        const V picture{tile.left + tile.width * 0.3f, tile.top + tile.height * 0.42f};
        drawQuizPicture(target, journeyPictures::pictureOf(way), picture, tile.height * 0.56f);
        if (!last) // the cloud this way puts on the jar: a plane's about eight times (T3)
            drawCloudPuff(target, {tile.left + tile.width * 0.8f, tile.top + tile.height * 0.38f}, 16.f,
                          way == Way::Plane ? r.planeCloud() : 1.f);
        TextSpec spec{theme::TextRole::Small, tile.width * 0.56f, theme::ink, Align::Centre, true};
        spec.maxLines = 1;
        spec.maxHeight = 34.f;
        TextBlock& label =
            m_texts.get(std::string("way.") + zone, ctx.text,
                        ctx.strings.get(std::string("journey.way.") + JourneyRules::wayName(way)), spec);
        label.setPosition({picture.x - label.size().x / 2.f, tile.top + tile.height - label.size().y - 8.f});
        target.draw(label);
    }
    // Mobi's parcel, with Mobi peeking out of it.
    const b2Body* parcel = sim.world().body("parcel");
    const V p = cam.toScreen(parcel->GetPosition().x, parcel->GetPosition().y);
    drawLevelMobi(target, {p.x, p.y - cam.toPixels(0.5f)}, cam.toPixels(1.3f), ctx);
    journeyPictures::parcel(target, cam.rect(parcel->GetPosition().x, parcel->GetPosition().y, 2.4f, 2.f));
    if (parcel->GetType() == b2_dynamicBody && sim.world().grabbed() != parcel)
        drawCircle(target, p, 9.f, theme::yellow, theme::ink, 3.f);
    probeBody(target, parcel, "parcel", cam);
    // Mobi's jar, at the right: what L'Usine put in, and a cloud for each leg so far.
    JarFill fill{sim.options().footprintBefore, 0.f, r.clouds()};
    drawFootprintJar(target, m_texts, ctx.text, {1196.f, 500.f, 56.f, 150.f}, fill, {}, 0.f);
}

void JourneyView::drawSlow(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const JourneyRules& r = rulesOf(sim);
    const Camera& cam = ctx.camera;
    const bool sea = r.way(r.leg()) == Way::Ship;
    const bool travelling = r.stage() != JourneyRules::Stage::Loading;
    const float moved = static_cast<float>(r.travelSteps() * kStepSeconds) * 3.f; // metres the scenery slid
    target.clear(kSky);
    const float ground = sea ? 4.2f : 3.6f; // the water's surface, or the grass
    ShapeBatch back;
    if (!ctx.lowDetail) // far away, riding by: islands at sea, hills on land
        for (float x = 4.f - std::fmod(moved * 0.3f, 12.f); x < 40.f; x += 12.f)
            back.circle(cam.toScreen(x, ground), cam.toPixels(sea ? 2.2f : 4.f),
                        sea ? kGrass : sf::Color(0xB5, 0xD8, 0x9A), sf::Color::Transparent, 0.f, 24);
    back.draw(target);
    fillRect(target, {0.f, cam.toScreen(0.f, ground).y, kLogicalWidth, cam.toPixels(ground)},
             sea ? kSea : kGrass);
    ShapeBatch front;
    if (sea)
        drawWaves(front, cam, ground + 0.1f, -moved, kSea);
    else // the rails, and their sleepers riding by
        for (float x = -1.f - std::fmod(moved, 1.5f); x < 33.f; x += 1.5f)
            front.line(cam.toScreen(x, ground - 0.05f), cam.toScreen(x + 0.5f, ground - 0.05f), 8.f,
                       sf::Color(0x7A, 0x5A, 0x3A));
    if (!sea)
        front.line(cam.toScreen(0.f, ground + 0.05f), cam.toScreen(32.f, ground + 0.05f), 5.f,
                   theme::inkSoft);
    // A big wave on its way: it rises behind the ship as the swell comes.
    const float next = r.deck().nextSwellIn();
    if (travelling && sea && next < 2.f) {
        const float x = 20.5f - next * 6.f, hgt = 1.6f * (1.f - next / 2.f) + 0.4f;
        front.polygon(
            {cam.toScreen(x - 3.f, ground), cam.toScreen(x, ground + hgt), cam.toScreen(x + 2.f, ground)},
            kSea, kFoam, 3.f);
    }
    front.draw(target);
    // The quay while loading; left behind as the trip begins.
    const float quayX = travelling ? -moved * 1.5f : 0.f;
    if (quayX > -12.f) {
        target.draw(roundedRect(cam.rect(5.8f + quayX, 2.5f, 11.6f, 5.f), 6.f,
                                sea ? kQuay : sf::Color(0xC9, 0xB8, 0x9A), theme::ink, 3.f));
        probeScenery(target, cam.rect(5.8f + quayX, 2.5f, 11.6f, 5.f), "quay");
    }
    const b2Body* deck = sim.world().body("deck");
    if (sea)
        journeyPictures::ship(target, cam, deck);
    else
        journeyPictures::wagon(target, cam, deck);
    // Mobi rides at the bow (the ship) or in the engine's cab (the train).
    drawLevelMobi(target, onBody(cam, deck, sea ? 5.2f : 6.6f, sea ? 0.9f : 0.2f), cam.toPixels(1.4f), ctx);
    // The crane, when a crate is being fished back: its jib reaches over the crate.
    for (std::size_t i = 0; i < r.crates().size(); ++i)
        if (r.lifting(static_cast<int>(i))) {
            const b2Vec2 c = sim.world().body(r.crates()[i])->GetPosition();
            journeyPictures::crane(target, cam, c.x, c.y);
        }
    drawCrates(target, sim, cam);
    probeBody(target, deck, "deck", cam);
}

void JourneyView::drawHold(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const JourneyRules& r = rulesOf(sim);
    const Camera& cam = ctx.camera;
    target.clear(kSky);
    fillRect(target, {0.f, cam.toScreen(0.f, 2.f).y, kLogicalWidth, cam.toPixels(2.f)}, kTarmac);
    const float t = r.stage() == JourneyRules::Stage::Loading ? 0.f : r.legFraction();
    // The take-off: rolling right, then climbing; gone by the time it lands far away.
    const V off{30.f * t * t, std::max(0.f, t - 0.3f) * 12.f};
    journeyPictures::plane(target, cam, off, r.stage() == JourneyRules::Stage::Loading);
    if (t > 0.f && !ctx.lowDetail) // its trail of clouds
        for (int k = 1; k <= 3; ++k)
            drawCloudPuff(target,
                          cam.toScreen(13.f + off.x - 2.2f * static_cast<float>(k),
                                       6.6f + off.y - 0.6f * static_cast<float>(k)),
                          14.f, r.planeCloud() / static_cast<float>(k));
    // The empty places in the hold, then the crates (those in the hold fly with it).
    if (t <= 0.f)
        for (int k = r.cratesInHold() + 1; k <= static_cast<int>(r.crates().size()); ++k) {
            const ZoneData* z = sim.data().zone("hold." + std::to_string(k));
            target.draw(roundedRect(cam.rect(z->x, z->y, z->w, z->h), 6.f, sf::Color(0x5A, 0x60, 0x6C),
                                    theme::yellow, 2.f));
        }
    drawCrates(target, sim, cam, off, true);
    drawCrates(target, sim, cam);
    if (t <= 0.f) drawLevelMobi(target, cam.toScreen(11.6f, 2.f), cam.toPixels(1.6f), ctx);
    probeScenery(target, cam.rect(16.f, 1.f, 32.f, 2.f), "tarmac");
}

void JourneyView::drawRide(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const JourneyRules& r = rulesOf(sim);
    const Camera& cam = ctx.camera;
    target.clear(kSky);
    if (!ctx.lowDetail) journeyPictures::town(target, cam);
    fillRect(target, {0.f, cam.toScreen(0.f, 2.6f).y, kLogicalWidth, cam.toPixels(2.6f)}, kRoad);
    ShapeBatch lines;
    for (float x = 0.5f; x < 32.f; x += 3.f)
        lines.line(cam.toScreen(x, 1.3f), cam.toScreen(x + 1.5f, 1.3f), 5.f, sf::Color::White);
    lines.draw(target);
    const ZoneData* shop = sim.data().zone("shop");
    journeyPictures::shop(target, cam.rect(shop->x, shop->y, shop->w, shop->h));
    const float x = 4.f + r.legFraction() * 19.f;
    const bool bike = r.way(3) == Way::Bike;
    const V at = cam.toScreen(x, 3.6f);
    drawLevelMobi(target, {at.x - cam.toPixels(bike ? 0.9f : 0.3f), at.y - cam.toPixels(bike ? 0.6f : 0.9f)},
                  cam.toPixels(1.3f), ctx);
    drawQuizPicture(target, bike ? "bike" : "truck", at, cam.toPixels(5.f));
    journeyPictures::parcel(target, cam.rect(x + (bike ? 0.9f : -0.6f), bike ? 4.3f : 3.9f, 1.2f, 1.f));
    probeFigure(target, cam.rect(x, 3.6f, 5.f, 3.f), "vehicle");
}

void JourneyView::drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const JourneyRules& r = rulesOf(sim);
    // The distance meter: four globes, one for each leg, filling as Mobi travels (T1).
    for (int g = 0; g < JourneyRules::kLegs; ++g) {
        const float fill = std::clamp(r.globes() - static_cast<float>(g), 0.f, 1.f);
        journeyPictures::globe(target, {378.f + 56.f * static_cast<float>(g), 32.f}, 23.f, fill);
    }
    // The globes are the count (one a leg), so the band says only what they measure.
    hud::line(target, m_texts, ctx.text, "meter", ctx.strings.get("journey.meter"),
              {560.f + 52.f, 4.f, 290.f, 56.f}, Align::Left, false);
    if (r.challenge()) hud::challengeClock(target, m_texts, ctx.text, ctx.strings, r.secondsLeft());
}

void JourneyView::drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                                 const sf::FloatRect& box) const {
    const JourneyRules& r = rulesOf(sim);
    // The four globes, and each leg's two ways with their clouds side by side, the one taken framed.
    const float gap = 16.f, w = box.width * 0.34f;
    const sf::FloatRect globes{box.left, box.top, w, box.height};
    const sf::FloatRect legs{box.left + w + gap, box.top, box.width - w - gap, box.height};
    // About as many times round the world as the meter has globes (T1), whatever the ways taken.
    endTile(target, m_texts, ctx, "globes", globes, "≈ " + std::to_string(JourneyRules::kLegs));
    const float gr = std::min(globes.width / 5.f, globes.height * 0.16f);
    for (int g = 0; g < JourneyRules::kLegs; ++g)
        journeyPictures::globe(
            target,
            {globes.left + globes.width / 2.f + (g % 2 ? 1.1f : -1.1f) * gr,
             globes.top + globes.height * 0.1f + gr * (1.2f + 2.3f * static_cast<float>(g / 2))},
            gr, 1.f);
    endTile(target, m_texts, ctx, "legs", legs, "");
    const float rowH = (legs.height - 24.f) / 3.f;
    for (int leg = 0; leg < 3; ++leg) {
        const float top = legs.top + 12.f + rowH * static_cast<float>(leg);
        const Way slow = r.bySea(leg) ? Way::Ship : Way::Train;
        int col = 0;
        for (Way way : {Way::Plane, slow}) {
            const sf::FloatRect cell{legs.left + 12.f + (legs.width - 24.f) / 2.f * static_cast<float>(col),
                                     top, (legs.width - 36.f) / 2.f, rowH - 8.f};
            const bool taken = r.way(leg) == way;
            target.draw(roundedRect(cell, 10.f, taken ? sf::Color::White : theme::shade,
                                    taken ? theme::orange : theme::inkSoft, taken ? 5.f : 2.f));
            const float s = std::min(cell.height * 0.9f, cell.width * 0.4f);
            drawQuizPicture(target, journeyPictures::pictureOf(way),
                            {cell.left + s * 0.6f, cell.top + cell.height / 2.f}, s);
            drawCloudPuff(target, {cell.left + cell.width * 0.72f, cell.top + cell.height / 2.f},
                          std::min(cell.height * 0.16f, 12.f), way == Way::Plane ? r.planeCloud() : 1.f);
            probeFigure(target, cell, "leg way");
            ++col;
        }
    }
}

} // namespace mobi
