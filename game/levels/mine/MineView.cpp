#include "levels/mine/MineView.hpp"

#include "content/StringTable.hpp"
#include "levels/mine/MineRules.hpp"
#include "ui/Camera.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextBlock.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

const sf::Color kSkyTop(0xCF, 0xEB, 0xF8), kSkyLow(0xFF, 0xF6, 0xE3);
const sf::Color kEarth(0xC9, 0xA2, 0x72), kEarthDark(0xA8, 0x7F, 0x52);
const sf::Color kWood(0xD8, 0x9A, 0x4E);
const sf::Color kRock[3] = {sf::Color(0x9A, 0x93, 0x8C), sf::Color(0x86, 0x7A, 0x6E),
                            sf::Color(0xAE, 0xA4, 0x96)};
const sf::Color kRiverClean(0x56, 0xB4, 0xE9), kRiverMud(0x8C, 0x6A, 0x45);

sf::Color mix(sf::Color a, sf::Color b, float t) {
    auto lerp = [t](sf::Uint8 x, sf::Uint8 y) { return static_cast<sf::Uint8>(x + (y - x) * t); };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b)};
}

std::vector<sf::Vector2f> screenPolygon(const b2Body* body, const b2PolygonShape& shape) {
    std::vector<sf::Vector2f> pts;
    for (int i = 0; i < shape.m_count; ++i) {
        const b2Vec2 p = body->GetWorldPoint(shape.m_vertices[i]);
        pts.push_back(Camera::toScreen(p.x, p.y));
    }
    return pts;
}

void line(sf::RenderTarget& t, float x1, float y1, float x2, float y2, float px, sf::Color c) {
    drawThickLine(t, Camera::toScreen(x1, y1), Camera::toScreen(x2, y2), px, c);
}

} // namespace

sf::Color MineView::metalColour(int metal) {
    switch (metal) {
    case MineRules::Cobalt:
        return theme::blue;
    case MineRules::Coltan:
        return theme::reddishPurple;
    case MineRules::Gold:
        return theme::yellow;
    default:
        return theme::skyBlue; // lithium
    }
}

int MineView::metalCorners(int metal) {
    switch (metal) {
    case MineRules::Cobalt:
        return 0; // round
    case MineRules::Coltan:
        return 4; // diamond
    case MineRules::Gold:
        return 6; // hexagon
    default:
        return 3; // lithium: triangle
    }
}

void MineView::drawScenery(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const auto& rules = static_cast<const MineRules&>(sim.rules());
    // On software OpenGL every pixel costs CPU time: the sky stops where the
    // earth starts, and the big opaque areas are drawn without blending
    // (sf::BlendNone), which spares reading the pixels underneath.
    const float earthTop = Camera::toScreen(0, 5.2f).y;
    // Sky, fading to paper at the horizon.
    sf::VertexArray sky(sf::Quads, 4);
    sky[0] = sf::Vertex({0, 0}, kSkyTop);
    sky[1] = sf::Vertex({kLogicalWidth, 0}, kSkyTop);
    sky[2] = sf::Vertex({kLogicalWidth, earthTop}, mix(kSkyTop, kSkyLow, earthTop / kLogicalHeight));
    sky[3] = sf::Vertex({0, earthTop}, mix(kSkyTop, kSkyLow, earthTop / kLogicalHeight));
    target.draw(sky, sf::BlendNone);
    if (!ctx.lowDetail) {
        // Far hills behind the mine.
        sf::ConvexShape hill(3);
        for (float x : {22.f, 29.f}) {
            hill.setPoint(0, Camera::toScreen(x - 6.f, 5.f));
            hill.setPoint(1, Camera::toScreen(x, 12.f));
            hill.setPoint(2, Camera::toScreen(x + 6.f, 5.f));
            hill.setFillColor(sf::Color(0xCB, 0xE6, 0xC7));
            target.draw(hill);
        }
    }
    // The mine pit: earth up to 5 m on both sides of the funnel.
    sf::RectangleShape earth({kLogicalWidth, kLogicalHeight - earthTop});
    earth.setPosition(0, earthTop);
    earth.setFillColor(kEarth);
    target.draw(earth, sf::BlendNone);

    // The river at the bottom right, muddier with every rock on the heap.
    // A whole river, banks and all, above the screen's edge.
    const sf::FloatRect river{Camera::toScreen(19.f, 0).x, Camera::toScreen(0, 1.05f).y,
                              Camera::toPixels(12.6f), Camera::toPixels(0.8f)};
    target.draw(roundedRect(river, 12.f, mix(kRiverClean, kRiverMud, rules.mud()), theme::ink, 3.f));
    probeScenery(target, river, "river");

    // The spoil heap: a mound that grows with the rocks dumped on it.
    const float height = std::min(5.8f, 0.45f + 0.36f * std::sqrt(static_cast<float>(rules.rocksOnHeap())));
    std::vector<sf::Vector2f> mound;
    const int n = 18;
    for (int i = 0; i <= n; ++i) {
        const float t = static_cast<float>(i) / n;
        const float x = 19.6f + 11.8f * t;
        const float bump = ctx.lowDetail ? 0.f : 0.18f * std::sin(t * 37.f);
        mound.push_back(Camera::toScreen(x, std::sin(t * 3.14159f) * height + bump * height / 5.8f));
    }
    sf::ConvexShape heap(mound.size());
    for (std::size_t i = 0; i < mound.size(); ++i)
        heap.setPoint(i, mound[i]);
    heap.setFillColor(kRock[1]);
    heap.setOutlineColor(theme::ink);
    heap.setOutlineThickness(3.f);
    target.draw(heap);

    // Hopper.
    sf::ConvexShape hopper(4);
    // Its rim stays below the top band (16.4 m).
    hopper.setPoint(0, Camera::toScreen(5.3f, 16.1f));
    hopper.setPoint(1, Camera::toScreen(10.0f, 16.1f));
    hopper.setPoint(2, Camera::toScreen(8.9f, 15.3f));
    hopper.setPoint(3, Camera::toScreen(6.5f, 15.3f));
    hopper.setFillColor(sf::Color(0x6B, 0x6B, 0x7A));
    hopper.setOutlineColor(theme::ink);
    hopper.setOutlineThickness(4.f);
    target.draw(hopper);
    probeFigure(target,
                {Camera::toScreen(5.3f, 0).x, Camera::toScreen(0, 16.1f).y, Camera::toPixels(4.7f),
                 Camera::toPixels(0.8f)},
                "hopper");

    // Funnel to the bucket: two thick walls on the pit's earth.
    for (float side : {-1.f, 1.f}) {
        const float top = side < 0 ? 7.0f : 18.0f;
        const float bottom = side < 0 ? 12.1f : 13.9f;
        line(target, top, 5.6f, bottom, 3.3f, 12.f, theme::ink);
        line(target, top, 5.6f, bottom, 3.3f, 6.f, sf::Color(0x9C, 0xA3, 0xAB));
        line(target, bottom, 3.3f, bottom, 2.8f, 6.f, sf::Color(0x9C, 0xA3, 0xAB));
    }
}

void MineView::drawBodies(sf::RenderTarget& target, const LevelSim& sim) const {
    m_batch.clear();
    const b2World& world = sim.world().world();
    for (const b2Body* b = world.GetBodyList(); b; b = b->GetNext()) {
        const BodyInfo& info = PhysicsWorld::info(b);
        const b2Vec2 p = b->GetPosition();
        for (const b2Fixture* f = b->GetFixtureList(); f; f = f->GetNext()) {
            if (f->IsSensor()) continue;
            if (info.name == "sieve" && f->GetType() == b2Shape::e_polygon) {
                m_batch.polygon(screenPolygon(b, *static_cast<const b2PolygonShape*>(f->GetShape())), kWood,
                                theme::ink, 3.f);
            } else if (info.name == "sieve" && f->GetType() == b2Shape::e_circle) {
                const auto* bar = static_cast<const b2CircleShape*>(f->GetShape());
                const b2Vec2 c = b->GetWorldPoint(bar->m_p);
                m_batch.circle(Camera::toScreen(c.x, c.y), Camera::toPixels(bar->m_radius), kWood, theme::ink,
                               3.f, 10);
            } else if (info.kind == MineRules::Rock && f->GetType() == b2Shape::e_polygon) {
                m_batch.polygon(screenPolygon(b, *static_cast<const b2PolygonShape*>(f->GetShape())),
                                kRock[info.variant % 3], theme::ink, 3.f);
            } else if (info.kind == MineRules::OldPhone && f->GetType() == b2Shape::e_polygon) {
                m_batch.polygon(screenPolygon(b, *static_cast<const b2PolygonShape*>(f->GetShape())),
                                theme::avatar[(info.variant * 2 + 1) % 8], theme::ink, 3.f);
            } else if (info.kind == MineRules::Nugget) {
                const float r = Camera::toPixels(f->GetShape()->m_radius);
                const sf::Vector2f c = Camera::toScreen(p.x, p.y);
                const int corners = metalCorners(info.variant);
                if (corners == 0)
                    m_batch.circle(c, r, metalColour(info.variant), theme::ink, 2.5f, 12);
                else
                    m_batch.regular(c, r * 1.15f, corners, b->GetAngle(), metalColour(info.variant),
                                    theme::ink, 2.5f);
            }
        }
    }
    m_batch.draw(target);
}

void MineView::drawBucket(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const auto& rules = static_cast<const MineRules&>(sim.rules());
    // Mobi stands on the pit's floor, feet inside the screen.
    drawMobi(target, Camera::toScreen(16.1f, 1.8f), Camera::toPixels(2.4f), Mood::Happy, ctx.mobi, 0.9f);
    // The bucket, filling as nuggets arrive, with one stripe per metal collected.
    const sf::Vector2f tl = Camera::toScreen(11.7f, 2.6f), br = Camera::toScreen(14.3f, 0.9f);
    sf::ConvexShape bucket(4);
    bucket.setPoint(0, tl);
    bucket.setPoint(1, {br.x, tl.y});
    bucket.setPoint(2, {br.x - 10.f, br.y});
    bucket.setPoint(3, {tl.x + 10.f, br.y});
    bucket.setFillColor(sf::Color(0xE0, 0xE6, 0xEC));
    bucket.setOutlineColor(theme::ink);
    bucket.setOutlineThickness(4.f);
    target.draw(bucket);
    const float fill = rules.progress();
    float y = br.y - 4.f;
    const float total = static_cast<float>(std::max(1, rules.nuggetsTotal()));
    for (int m = 0; m < MineRules::MetalCount; ++m) {
        const float h = (br.y - tl.y - 8.f) * fill *
                        static_cast<float>(rules.nuggets(static_cast<MineRules::Metal>(m))) / total;
        if (h <= 0.f) continue;
        sf::RectangleShape band({br.x - tl.x - 24.f, h});
        band.setPosition(tl.x + 12.f, y - h);
        band.setFillColor(metalColour(m));
        target.draw(band);
        y -= h;
    }
    probeScenery(target, {tl.x, tl.y, br.x - tl.x, br.y - tl.y}, "bucket");
    // The arm holding the bucket.
    drawThickLine(target, Camera::toScreen(15.3f, 1.9f), Camera::toScreen(14.3f, 2.3f), 6.f, theme::ink);
}

void MineView::draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    drawScenery(target, sim, ctx);
    drawBucket(target, sim, ctx);
    drawBodies(target, sim);
    probeBody(target, sim.world().body("sieve"), "sieve");
    // The hinge, and a hand where the sieve is held with the mouse.
    drawCircle(target, Camera::toScreen(13.f, 10.5f), 9.f, theme::orange, theme::ink, 3.f);
    const PhysicsWorld& world = sim.world();
    if (world.grabbed()) {
        const b2Vec2 h = sim.grabber().hand();
        drawCircle(target, Camera::toScreen(h.x, h.y), 14.f, sf::Color(0xFF, 0xFF, 0xFF, 0xC0), theme::ink,
                   3.f);
    }
}

void MineView::drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const {
    const auto& rules = static_cast<const MineRules&>(sim.rules());
    // The goal as a bar, and the count in words, on one line.
    const sf::FloatRect bar{310.f, 18.f, 260.f, 30.f};
    target.draw(roundedRect(bar, 15.f, theme::card, theme::ink, 3.f));
    if (rules.progress() > 0.f)
        target.draw(roundedRect({bar.left, bar.top, std::max(30.f, bar.width * rules.progress()), bar.height},
                                15.f, theme::bluishGreen, theme::ink, 3.f));
    TextSpec countSpec{theme::TextRole::Small, 250.f, theme::ink, Align::Left, true};
    countSpec.maxLines = 1;
    countSpec.maxHeight = 56.f;
    TextBlock& count =
        m_texts.get("count", ctx.text,
                    ctx.strings.get("hud.mine.count", {{"count", std::to_string(rules.nuggetsTotal())},
                                                       {"goal", std::to_string(rules.goal())}}),
                    countSpec);
    count.centreVertically(bar.left + bar.width + 12.f, 0.f, 64.f);
    target.draw(count);
    if (rules.challenge()) {
        const int s = static_cast<int>(std::ceil(rules.secondsLeft()));
        TextSpec timerSpec{theme::TextRole::Small, 150.f, theme::ink, Align::Right, true};
        timerSpec.maxLines = 1;
        TextBlock& timer = m_texts.get(
            "timer", ctx.text,
            ctx.strings.get("hud.timer", {{"minutes", std::to_string(s / 60)},
                                          {"seconds", (s % 60 < 10 ? "0" : "") + std::to_string(s % 60)}}),
            timerSpec);
        timer.centreVertically(900.f, 0.f, 64.f);
        target.draw(timer);
    }
    drawLegend(target, rules, ctx);
}

void MineView::drawLegend(sf::RenderTarget& target, const MineRules& rules, const ViewContext& ctx) const {
    // The four metals on the earth left of the funnel: each one's shape and
    // colour, its name and how many are in the bucket.
    static const char* const kNames[] = {"metal.cobalt", "metal.coltan", "metal.gold", "metal.lithium"};
    const sf::FloatRect card{16.f, 530.f, 250.f, 178.f};
    drawPanel(target, card, 14.f, sf::Color(0xFF, 0xFF, 0xFF, 0xE0), theme::ink, 3.f);
    const float row = (card.height - 12.f) / MineRules::MetalCount;
    ShapeBatch icons;
    for (int m = 0; m < MineRules::MetalCount; ++m) {
        const sf::Vector2f c{card.left + 26.f, card.top + 6.f + row * (static_cast<float>(m) + 0.5f)};
        const int corners = metalCorners(m);
        if (corners == 0)
            icons.circle(c, 11.f, metalColour(m), theme::ink, 2.5f);
        else
            icons.regular(c, 13.f, corners, corners == 3 ? -1.5708f : 0.f, metalColour(m), theme::ink, 2.5f);
        probeFigure(target, {c.x - 14.f, c.y - 14.f, 28.f, 28.f}, "metal shape");
    }
    icons.draw(target);
    for (int m = 0; m < MineRules::MetalCount; ++m) {
        const float top = card.top + 6.f + row * static_cast<float>(m);
        TextSpec name{theme::TextRole::Small, 150.f, theme::ink, Align::Left, false};
        name.maxLines = 1;
        name.maxHeight = row;
        TextBlock& n =
            m_texts.get("metalname" + std::to_string(m), ctx.text, ctx.strings.get(kNames[m]), name);
        n.centreVertically(card.left + 50.f, top, row);
        target.draw(n);
        TextSpec number{theme::TextRole::Small, 50.f, theme::ink, Align::Right, true};
        number.maxLines = 1;
        number.maxHeight = row;
        TextBlock& k = m_texts.get("metal" + std::to_string(m), ctx.text,
                                   std::to_string(rules.nuggets(static_cast<MineRules::Metal>(m))), number);
        k.centreVertically(card.left + card.width - 62.f, top, row);
        target.draw(k);
    }
}

std::string MineView::idleHint(const LevelSim& sim) const {
    const auto& rules = static_cast<const MineRules&>(sim.rules());
    if (rules.hopperWaiting()) return "hint.mine.full";
    // What to do, when play starts and again when the child has done nothing for a while.
    constexpr int kStartSteps = 60 * 6, kIdleSteps = 60 * 8;
    return sim.steps() < kStartSteps || rules.idleSteps() > kIdleSteps ? "hint.mine.tilt" : "";
}

} // namespace mobi
