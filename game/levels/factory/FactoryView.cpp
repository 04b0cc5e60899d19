// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/factory/FactoryView.hpp"

#include "content/StringTable.hpp"
#include "core/FixedStep.hpp"
#include "levels/factory/FactoryRules.hpp"
#include "ui/FootprintJar.hpp"
#include "ui/Hud.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/PhoneParts.hpp"
#include "ui/Scenery.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>

namespace mobi {
namespace {

using Part = FactoryRules::Part;
// The rules' parts are drawn as ui/PhoneParts' pictures, in the same order.
static_assert(static_cast<int>(PhonePart::Frame) == FactoryRules::Frame &&
                  static_cast<int>(PhonePart::Screen) == FactoryRules::Screen,
              "FactoryRules::Part and PhonePart list the parts in the same order");
const sf::Color kWall(0xE4, 0xE8, 0xEC), kFloor(0xB9, 0xB2, 0xA6), kSteel(0x8A, 0x93, 0x9E);
const sf::Color kBelt(0x3A, 0x3F, 0x4A), kGlue(0xFF, 0xFF, 0xFF);

const FactoryRules& rulesOf(const LevelSim& sim) { return static_cast<const FactoryRules&>(sim.rules()); }

// Metres to pixels for the phone: the level's camera, or a tile of the end panel.
struct PhoneMap {
    sf::Vector2f origin; // where the world's (0, 0) lands
    float scale;         // pixels a metre
    sf::FloatRect rect(float cx, float cy, float w, float h) const {
        return {origin.x + (cx - w / 2.f) * scale, origin.y - (cy + h / 2.f) * scale, w * scale, h * scale};
    }
};

sf::Vector2f partSize(const LevelSim& sim, int p) {
    const BodyData* b = sim.data().body(std::string("part.") + FactoryRules::kParts[p]);
    return {b->shapes.front().w, b->shapes.front().h};
}

// The phone in its jig as the rules have it: outlines where parts go (the
// open ones glowing), the parts in, and the glue or the turning screws.
void drawPhone(sf::RenderTarget& t, const LevelSim& sim, const PhoneMap& m, float time, bool outlines) {
    const FactoryRules& r = rulesOf(sim);
    const float glow = 0.5f + 0.5f * std::sin(time * 5.f);
    const bool won = sim.outcome() == Outcome::Won;
    for (int p = 0; p < FactoryRules::PartCount; ++p) {
        const Part part = static_cast<Part>(p);
        if (!r.used(part) || (!r.placed(part) && !outlines)) continue;
        const ZoneData* slot = sim.data().zone(std::string("slot.") + FactoryRules::kParts[p]);
        const sf::Vector2f size = partSize(sim, p);
        const sf::FloatRect box = m.rect(slot->x, slot->y, size.x, size.y);
        if (r.placed(part)) {
            drawPhonePart(t, static_cast<PhonePart>(p), box, won);
            if (r.glued() && p != Part::Frame) // drops of glue at its corners
                for (float fx : {0.1f, 0.9f})
                    drawCircle(t, {box.left + box.width * fx, box.top + box.height * fx}, 5.f, kGlue,
                               theme::ink, 2.f);
        } else if (!r.placed(Part::Screen) && (p != Part::Screen || r.slotOpen(Part::Screen))) {
            // (The screen's outline, the whole phone, only once it may go in: it would hide the inside's.)
            const bool open = r.slotOpen(part);
            if (p == Part::Screen) { // only a frame of lines, so the inside stays in sight
                ShapeBatch ring;
                const float w = 3.f + 4.f * glow, x0 = box.left, y0 = box.top;
                const float x1 = box.left + box.width, y1 = box.top + box.height;
                ring.line({x0 - w / 2.f, y0}, {x1 + w / 2.f, y0}, w, theme::orange);
                ring.line({x0 - w / 2.f, y1}, {x1 + w / 2.f, y1}, w, theme::orange);
                ring.line({x0, y0}, {x0, y1}, w, theme::orange);
                ring.line({x1, y0}, {x1, y1}, w, theme::orange);
                ring.draw(t);
                continue;
            }
            // Opaque, drawn without blending: software OpenGL pays for every blended pixel.
            t.draw(roundedRect(box, 8.f, open ? sf::Color(0xF4, 0xF5, 0xF7) : sf::Color(0xDC, 0xE0, 0xE5),
                               open ? theme::orange : theme::inkSoft, open ? 3.f + 4.f * glow : 2.f),
                   sf::BlendNone);
        }
    }
    for (int p = 0; p < FactoryRules::PartCount; ++p) { // screws: a cross that turns, a ring for how far
        const Part part = static_cast<Part>(p);
        if (!r.placed(part) || !r.hasScrew(part) || (p != Part::Screen && r.placed(Part::Screen))) continue;
        const ZoneData* z = sim.data().zone(std::string("screw.") + FactoryRules::kParts[p]);
        const sf::FloatRect s = m.rect(z->x, z->y, 0.5f, 0.5f);
        drawScrew(t, {s.left + s.width / 2.f, s.top + s.height / 2.f}, s.width, r.screwTurn(part));
    }
}

} // namespace

void FactoryView::drawJar(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                          const sf::FloatRect& glass, float labelWidth) const {
    const FootprintData& f = sim.data().footprint;
    const float before = sim.options().footprintBefore;
    drawFootprintJar(target, m_texts, ctx.text, glass, {before, sim.footprintAdded(), {}},
                     {{before + f.share, ctx.strings.get(f.markId)}}, labelWidth);
}

void FactoryView::draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    // The wall (a clear: software OpenGL fills it faster than any shape) and the floor.
    target.clear(kWall);
    sf::RectangleShape floor({kLogicalWidth, cam.toPixels(1.8f)});
    floor.setPosition(cam.toScreen(0.f, 1.8f));
    floor.setFillColor(kFloor);
    target.draw(floor, sf::BlendNone);
    if (!ctx.lowDetail) // a factory hall: tall windows along the back wall
        for (float x : {10.6f, 14.f, 17.4f})
            scenery::hallWindow(target, cam.rect(x, 9.6f, 2.2f, 3.8f));
    // The belt, its rollers, its stripes riding right, and the way back under it.
    target.draw(roundedRect(cam.rect(10.5f, 2.6f, 19.6f, 0.8f), cam.toPixels(0.4f), kBelt, theme::ink,
                            theme::outline),
                sf::BlendNone);
    // In one batch: the belt's stripes riding right, its rollers, the way back under it, the jig's legs.
    ShapeBatch batch;
    const float ride =
        std::fmod(static_cast<float>(sim.steps() * kStepSeconds) * rulesOf(sim).beltSpeed(), 1.6f);
    for (float x = 1.4f + ride; x < 19.8f; x += 1.6f)
        batch.line(cam.toScreen(x, 2.35f), cam.toScreen(x + 0.35f, 2.85f), 4.f, sf::Color(0x6B, 0x72, 0x80));
    for (float x : {1.1f, 19.9f})
        batch.circle(cam.toScreen(x, 2.6f), cam.toPixels(0.3f), kSteel, theme::ink, 3.f);
    batch.line(cam.toScreen(21.f, 1.2f), cam.toScreen(2.4f, 1.2f), 6.f, theme::inkSoft);
    const sf::Vector2f tip = cam.toScreen(1.6f, 1.2f);
    batch.polygon({tip, {tip.x + 18.f, tip.y - 11.f}, {tip.x + 18.f, tip.y + 11.f}}, theme::inkSoft);
    const ZoneData* phone = sim.data().zone("phone");
    for (float dx : {-2.8f, 2.8f})
        batch.line(cam.toScreen(phone->x + dx, phone->y - phone->h / 2.f), cam.toScreen(phone->x + dx, 0.4f),
                   10.f, kSteel);
    batch.draw(target);
    probeScenery(target, cam.rect(10.5f, 2.6f, 19.6f, 0.8f), "belt");
    // The jig, then the phone in it.
    target.draw(roundedRect(cam.rect(phone->x, phone->y, phone->w, phone->h), 16.f,
                            sf::Color(0xC9, 0xCF, 0xD6), theme::ink, theme::outline),
                sf::BlendNone);
    drawPhone(target, sim, {cam.toScreen(0.f, 0.f), cam.toPixels(1.f)}, static_cast<float>(ctx.time), true);
    // The parts on their way, with a handle on each: "take me".
    for (int p = 0; p < FactoryRules::PartCount; ++p) {
        const b2Body* b = sim.world().body(std::string("part.") + FactoryRules::kParts[p]);
        if (!b->IsEnabled() || rulesOf(sim).placed(static_cast<Part>(p))) continue;
        const sf::Vector2f size = partSize(sim, p);
        drawPhonePart(target, static_cast<PhonePart>(p),
                      cam.rect(b->GetPosition().x, b->GetPosition().y, size.x, size.y), false);
        if (sim.world().grabbed() != b)
            drawCircle(target, cam.toScreen(b->GetPosition().x, b->GetPosition().y), 9.f, theme::yellow,
                       theme::ink, 3.f);
        probeBody(target, b, "part", cam);
    }
    drawLevelMobi(target, cam.toScreen(30.3f, 0.5f), cam.toPixels(2.6f), ctx);
    drawJar(target, sim, ctx, {28.f, 256.f, 72.f, 180.f}, 200.f);
}

void FactoryView::drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const FactoryRules& r = rulesOf(sim);
    hud::goalCount(target, m_texts, ctx.text, ctx.strings, "hud.factory.count", r.partsPlaced(),
                   r.partsUsed(), r.progress());
    if (r.challenge()) hud::challengeClock(target, m_texts, ctx.text, ctx.strings, r.secondsLeft());
}

void FactoryView::drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                                 const sf::FloatRect& box) const {
    // The phone made (glued drops or screws to be seen), and the jar it filled.
    const float gap = 16.f, w = (box.width - gap) * 0.55f;
    const sf::FloatRect made{box.left, box.top, w, box.height};
    const sf::FloatRect jar{box.left + w + gap, box.top, box.width - w - gap, box.height};
    endTile(target, m_texts, ctx, "phone", made, std::to_string(rulesOf(sim).partsPlaced()));
    const ZoneData* phone = sim.data().zone("slot.frame");
    const float scale = std::min((made.width - 40.f) / phone->w, made.height * 0.6f / phone->h);
    const sf::Vector2f centre{made.left + made.width / 2.f, made.top + made.height * 0.36f};
    drawPhone(target, sim, {{centre.x - phone->x * scale, centre.y + phone->y * scale}, scale}, 0.f, false);
    probeFigure(target,
                {centre.x - phone->w * scale / 2.f, centre.y - phone->h * scale / 2.f, phone->w * scale,
                 phone->h * scale},
                "phone picture");
    endTile(target, m_texts, ctx, "jar", jar, "");
    const float jw = std::min(jar.width * 0.3f, 80.f), jh = jar.height - 40.f;
    drawJar(target, sim, ctx, {jar.left + 16.f, jar.top + 20.f, jw, jh}, jar.width - jw - 50.f);
}

} // namespace mobi
