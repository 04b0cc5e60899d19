// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/mine/MineView.hpp"

#include "content/StringTable.hpp"
#include "levels/mine/MineRules.hpp"
#include "ui/Hud.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Scenery.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

const sf::Color kSkyTop(0xCF, 0xEB, 0xF8), kSkyLow(0xFF, 0xF6, 0xE3);
const sf::Color kEarth(0xC9, 0xA2, 0x72), kHeap(0x86, 0x7A, 0x6E);
const sf::Color kRiverClean(0x56, 0xB4, 0xE9), kRiverMud(0x8C, 0x6A, 0x45);
constexpr float kEarthTop = 5.2f; // m: where the pit's earth starts

sf::Color mix(sf::Color a, sf::Color b, float t) {
    auto lerp = [t](sf::Uint8 x, sf::Uint8 y) { return static_cast<sf::Uint8>(x + (y - x) * t); };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b)};
}

const MineRules& rulesOf(const LevelSim& sim) { return static_cast<const MineRules&>(sim.rules()); }

// A metal as the level file draws it (its style's colour and shape), at `c`.
void metalIcon(sf::RenderTarget& target, const StyleData* style, sf::Vector2f c, float radius) {
    ShapeBatch shape;
    const sf::Color fill = style ? BodyPainter::colour(style->fill) : theme::shade;
    const int sides = style ? style->sides : 0;
    if (sides >= 3)
        shape.regular(c, radius * 1.15f, sides, sides == 3 ? -1.5708f : 0.f, fill, theme::ink, 2.5f);
    else
        shape.circle(c, radius, fill, theme::ink, 2.5f);
    shape.draw(target);
    probeFigure(target, {c.x - radius * 1.2f, c.y - radius * 1.2f, radius * 2.4f, radius * 2.4f},
                "metal shape");
}

} // namespace

void MineView::drawScenery(sf::RenderTarget& target, const MineRules& rules, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    // On software OpenGL every pixel costs CPU time: the sky stops where the
    // earth starts, and the big opaque areas are drawn without blending
    // (sf::BlendNone), which spares reading the pixels underneath.
    const float earthTop = cam.toScreen(0, kEarthTop).y;
    sf::VertexArray sky(sf::Quads, 4);
    const sf::Color horizon = mix(kSkyTop, kSkyLow, earthTop / kLogicalHeight);
    sky[0] = sf::Vertex({0, 0}, kSkyTop);
    sky[1] = sf::Vertex({kLogicalWidth, 0}, kSkyTop);
    sky[2] = sf::Vertex({kLogicalWidth, earthTop}, horizon);
    sky[3] = sf::Vertex({0, earthTop}, horizon);
    target.draw(sky, sf::BlendNone);
    if (!ctx.lowDetail) { // far mountains, hills, and the mine's headframe: a mine in the hills
        scenery::farRange(target, 0.f, kLogicalWidth, earthTop, cam.toPixels(4.5f),
                          sf::Color(0xDD, 0xE8, 0xEE));
        // The headframe stands at the far left, clear of the sieve and the hint.
        scenery::headframe(target, cam.toScreen(2.6f, kEarthTop), cam.toPixels(3.2f),
                           sf::Color(0x8A, 0x8A, 0x98));
        sf::ConvexShape hill(3);
        hill.setFillColor(sf::Color(0xCB, 0xE6, 0xC7));
        for (float x : {22.f, 29.f}) {
            hill.setPoint(0, cam.toScreen(x - 6.f, 5.f));
            hill.setPoint(1, cam.toScreen(x, 12.f));
            hill.setPoint(2, cam.toScreen(x + 6.f, 5.f));
            target.draw(hill);
        }
    }
    sf::RectangleShape earth({kLogicalWidth, kLogicalHeight - earthTop});
    earth.setPosition(0, earthTop);
    earth.setFillColor(kEarth);
    target.draw(earth, sf::BlendNone);
    // A whole river at the bottom right, banks and all, muddier with every rock on the heap.
    const sf::FloatRect river = cam.rect(25.3f, 0.65f, 12.6f, 0.8f);
    target.draw(roundedRect(river, 12.f, mix(kRiverClean, kRiverMud, rules.mud()), theme::ink, 3.f));
    probeScenery(target, river, "river");
    // The spoil heap: a mound that grows with the rocks dumped on it.
    const float height = std::min(5.8f, 0.45f + 0.36f * std::sqrt(static_cast<float>(rules.rocksOnHeap())));
    const int n = 18;
    sf::ConvexShape heap(n + 1);
    for (int i = 0; i <= n; ++i) {
        const float t = static_cast<float>(i) / n;
        const float bump = ctx.lowDetail ? 0.f : 0.18f * std::sin(t * 37.f);
        heap.setPoint(
            static_cast<std::size_t>(i),
            cam.toScreen(19.6f + 11.8f * t, std::sin(t * 3.14159f) * height + bump * height / 5.8f));
    }
    heap.setFillColor(kHeap);
    heap.setOutlineColor(theme::ink);
    heap.setOutlineThickness(3.f);
    target.draw(heap);
}

void MineView::drawBucket(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const Camera& cam = ctx.camera;
    const MineRules& rules = rulesOf(sim);
    // Mobi stands on the pit's floor, feet inside the screen.
    drawLevelMobi(target, cam.toScreen(16.1f, 1.8f - 0.68f * 2.4f), cam.toPixels(2.4f), ctx);
    // The bucket, filling as nuggets arrive, with one stripe per metal collected.
    const sf::Vector2f tl = cam.toScreen(11.7f, 2.6f), br = cam.toScreen(14.3f, 0.9f);
    sf::ConvexShape bucket(4);
    bucket.setPoint(0, tl);
    bucket.setPoint(1, {br.x, tl.y});
    bucket.setPoint(2, {br.x - 10.f, br.y});
    bucket.setPoint(3, {tl.x + 10.f, br.y});
    bucket.setFillColor(sf::Color(0xE0, 0xE6, 0xEC));
    bucket.setOutlineColor(theme::ink);
    bucket.setOutlineThickness(4.f);
    target.draw(bucket);
    probeScenery(target, {tl.x, tl.y, br.x - tl.x, br.y - tl.y}, "bucket");
    const float total = static_cast<float>(std::max(1, rules.nuggetsTotal()));
    float y = br.y - 4.f;
    for (int m = 0; m < MineRules::MetalCount; ++m) {
        const float h = (br.y - tl.y - 8.f) * rules.progress() *
                        static_cast<float>(rules.nuggets(static_cast<MineRules::Metal>(m))) / total;
        if (h <= 0.f) continue;
        sf::RectangleShape band({br.x - tl.x - 24.f, h});
        band.setPosition(tl.x + 12.f, y - h);
        const StyleData* style = sim.data().style(MineRules::kMetals[m]);
        band.setFillColor(style ? BodyPainter::colour(style->fill) : theme::shade);
        target.draw(band);
        y -= h;
    }
    drawThickLine(target, cam.toScreen(15.3f, 1.9f), cam.toScreen(14.3f, 2.3f), 6.f,
                  theme::ink); // Mobi's arm
}

void MineView::draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    drawScenery(target, rulesOf(sim), ctx);
    drawBucket(target, sim, ctx);
    m_painter.draw(target, sim, ctx.camera);
    drawCircle(target, ctx.camera.toScreen(13.f, 10.5f), 9.f, theme::orange, theme::ink, 3.f); // the hinge
    for (const char* name : {"hopper", "sieve"})
        probeBody(target, sim.world().body(name), name, ctx.camera);
}

void MineView::drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const MineRules& rules = rulesOf(sim);
    hud::goalCount(target, m_texts, ctx.text, ctx.strings, "hud.mine.count", rules.nuggetsTotal(),
                   rules.goal(), rules.progress());
    if (rules.challenge()) hud::challengeClock(target, m_texts, ctx.text, ctx.strings, rules.secondsLeft());
    drawLegend(target, sim, ctx);
}

void MineView::drawLegend(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    // The four metals on the earth left of the funnel: each one's shape and
    // colour (its style in the level file), its name, and how many are in the bucket.
    const sf::FloatRect card{16.f, 530.f, 250.f, 178.f};
    drawPanel(target, card, 14.f, sf::Color(0xFF, 0xFF, 0xFF, 0xE0), theme::ink, 3.f);
    const float row = (card.height - 12.f) / MineRules::MetalCount;
    for (int m = 0; m < MineRules::MetalCount; ++m) {
        const StyleData* style = sim.data().style(MineRules::kMetals[m]);
        const sf::FloatRect box{card.left + 10.f, card.top + 6.f + row * static_cast<float>(m),
                                card.width - 20.f, row};
        auto icon = [&](sf::Vector2f c) { metalIcon(target, style, c, 11.f); };
        hud::counter(target, m_texts, ctx.text, std::string("metal.") + MineRules::kMetals[m], box, icon,
                     ctx.strings.get(std::string("metal.") + MineRules::kMetals[m]),
                     rulesOf(sim).nuggets(static_cast<MineRules::Metal>(m)));
    }
}

void MineView::drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                              const sf::FloatRect& box) const {
    // What the child's mine did, in three pictures: the river, the heap, the metals in the bucket.
    const MineRules& rules = rulesOf(sim);
    const float gap = 16.f, w = (box.width - 2.f * gap) / 3.f;
    auto tile = [&](int i) {
        return sf::FloatRect{box.left + (w + gap) * static_cast<float>(i), box.top, w, box.height};
    };
    const float art = box.height * 0.62f; // the drawing's part of a tile, above its number

    // The river: blue, or brown with mud; a fish swims only in clear water.
    const sf::FloatRect river = tile(0);
    endTile(target, m_texts, ctx, "river", river, "");
    const sf::FloatRect water{river.left + 14.f, river.top + art * 0.35f, river.width - 28.f, art * 0.5f};
    target.draw(roundedRect(water, 14.f, mix(kRiverClean, kRiverMud, rules.mud()), theme::ink, 3.f));
    if (rules.mud() < 0.35f) {
        const sf::Vector2f fish{water.left + water.width * 0.5f, water.top + water.height * 0.5f};
        sf::CircleShape body(16.f);
        body.setScale(1.6f, 0.8f);
        body.setOrigin(16.f, 16.f);
        body.setPosition(fish);
        body.setFillColor(theme::orange);
        body.setOutlineColor(theme::ink);
        body.setOutlineThickness(2.f);
        target.draw(body);
        target.draw(arrowHead({fish.x + 32.f, fish.y}, 14.f, -1, theme::orange));
        drawCircle(target, {fish.x - 12.f, fish.y - 3.f}, 3.f, theme::ink);
    }
    probeFigure(target, water, "river picture");

    // The spoil heap, as high as the rocks dumped on it, and their number.
    const sf::FloatRect heap = tile(1);
    endTile(target, m_texts, ctx, "heap", heap, std::to_string(rules.rocksOnHeap()));
    const float tall = std::min(1.f, 0.2f + 0.08f * std::sqrt(static_cast<float>(rules.rocksOnHeap())));
    sf::ConvexShape mound(13);
    for (int i = 0; i <= 12; ++i) {
        const float t = static_cast<float>(i) / 12.f;
        mound.setPoint(static_cast<std::size_t>(i),
                       {heap.left + 14.f + t * (heap.width - 28.f),
                        heap.top + art - std::sin(t * 3.14159f) * art * 0.85f * tall});
    }
    mound.setFillColor(kHeap);
    mound.setOutlineColor(theme::ink);
    mound.setOutlineThickness(3.f);
    target.draw(mound);
    probeFigure(target, {heap.left + 14.f, heap.top + 8.f, heap.width - 28.f, art - 8.f}, "heap picture");

    // The metals in Mobi's bucket, each with its count.
    const sf::FloatRect bucket = tile(2);
    endTile(target, m_texts, ctx, "metals", bucket, std::to_string(rules.nuggetsTotal()));
    const float step = (bucket.width - 20.f) / MineRules::MetalCount;
    for (int m = 0; m < MineRules::MetalCount; ++m) {
        const sf::Vector2f c{bucket.left + 10.f + step * (static_cast<float>(m) + 0.5f),
                             bucket.top + art * 0.38f};
        metalIcon(target, sim.data().style(MineRules::kMetals[m]), c, std::min(18.f, step * 0.3f));
        TextSpec spec{theme::TextRole::Body, step, theme::ink, Align::Centre, true};
        spec.maxLines = 1;
        TextBlock& n = m_texts.get(std::string("end.n.") + MineRules::kMetals[m], ctx.text,
                                   std::to_string(rules.nuggets(static_cast<MineRules::Metal>(m))), spec);
        n.setPosition({c.x - step / 2.f, c.y + 24.f});
        target.draw(n);
    }
}

} // namespace mobi
