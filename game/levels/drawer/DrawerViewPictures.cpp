// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/drawer/DrawerViewPictures.hpp"

#include "ui/Theme.hpp"

#include <cmath>

namespace mobi::drawer {
namespace {

using V = sf::Vector2f;
using State = DrawerRules::State;
using Place = DrawerRules::Place;
const sf::Color kCase(0x3A, 0x3F, 0x4A), kScreenOn(0xCF, 0xEB, 0xFA), kScreenDim(0x9C, 0xA6, 0xB2);
const sf::Color kGift(0xCC, 0x79, 0xA7), kTools(0xE6, 0x9F, 0x00), kCollect(0x00, 0x9E, 0x73);
const sf::Color kBin(0x8E, 0x96, 0xA3), kHull(0x45, 0x4B, 0x57), kSea(0x56, 0xB4, 0xE9);
const sf::Color kBoard(0xFF, 0xF6, 0xE3), kSmoke(0xB8, 0xB8, 0xC0), kSand(0xE8, 0xD5, 0xA8);

// Points of a picture in its own units (x right, y down, the picture's centre at 0),
// turned and scaled onto the screen.
struct Pen {
    V c;
    float s, cosA, sinA;
    Pen(V centre, float scale, float angle)
        : c(centre), s(scale), cosA(std::cos(angle)), sinA(std::sin(angle)) {}
    V at(float x, float y) const {
        return {c.x + s * (x * cosA - y * sinA), c.y + s * (x * sinA + y * cosA)};
    }
    std::vector<V> box(float l, float t, float r, float btm) const {
        return {at(l, t), at(r, t), at(r, btm), at(l, btm)};
    }
};

void face(ShapeBatch& b, const Pen& p, bool dead) {
    if (dead) { // crossed eyes and a flat mouth: switched off for good
        for (float x : {-0.17f, 0.17f}) {
            b.line(p.at(x - 0.08f, -0.22f), p.at(x + 0.08f, -0.08f), p.s * 0.05f, kScreenDim);
            b.line(p.at(x - 0.08f, -0.08f), p.at(x + 0.08f, -0.22f), p.s * 0.05f, kScreenDim);
        }
        b.line(p.at(-0.15f, 0.12f), p.at(0.15f, 0.12f), p.s * 0.05f, kScreenDim);
        return;
    }
    b.circle(p.at(-0.15f, -0.15f), p.s * 0.06f, theme::ink);
    b.circle(p.at(0.15f, -0.15f), p.s * 0.06f, theme::ink);
    // A smile of three strokes.
    b.line(p.at(-0.2f, 0.05f), p.at(-0.08f, 0.15f), p.s * 0.05f, theme::ink);
    b.line(p.at(-0.08f, 0.15f), p.at(0.08f, 0.15f), p.s * 0.05f, theme::ink);
    b.line(p.at(0.08f, 0.15f), p.at(0.2f, 0.05f), p.s * 0.05f, theme::ink);
}

} // namespace

void phone(ShapeBatch& b, V centre, float height, float angle, State state) {
    const Pen p(centre, height / 1.6f, angle); // in metres of the level: 0.9 × 1.6
    b.polygon(p.box(-0.45f, -0.8f, 0.45f, 0.8f), kCase, theme::ink, 2.f);
    const bool dead = state == State::Dead;
    b.polygon(p.box(-0.35f, -0.62f, 0.35f, 0.55f),
              dead ? theme::ink : (state == State::WornBattery ? kScreenDim : kScreenOn));
    b.circle(p.at(0.f, 0.68f), p.s * 0.06f, kScreenDim); // its button
    switch (state) {
    case State::Works:
        face(b, p, false);
        break;
    case State::Cracked: // a smile behind a crack from corner to corner
        face(b, p, false);
        b.line(p.at(-0.35f, -0.5f), p.at(-0.05f, -0.2f), p.s * 0.05f, theme::ink);
        b.line(p.at(-0.05f, -0.2f), p.at(0.1f, -0.3f), p.s * 0.05f, theme::ink);
        b.line(p.at(0.1f, -0.3f), p.at(0.35f, 0.1f), p.s * 0.05f, theme::ink);
        b.line(p.at(-0.05f, -0.2f), p.at(-0.15f, 0.3f), p.s * 0.04f, theme::ink);
        break;
    case State::WornBattery: // a battery with one short red bar, nearly empty
        b.polygon(p.box(-0.2f, -0.4f, 0.2f, 0.35f), theme::ink);
        b.polygon(p.box(-0.14f, -0.34f, 0.14f, 0.29f), sf::Color::White);
        b.polygon(p.box(-0.08f, -0.48f, 0.08f, -0.4f), theme::ink);
        b.polygon(p.box(-0.1f, 0.12f, 0.1f, 0.25f), theme::vermillion);
        break;
    case State::Dead:
        face(b, p, true);
        break;
    }
}

void sign(ShapeBatch& b, V centre, float size, Place place) {
    // A board on a post, with the phones that go here.
    b.line({centre.x, centre.y}, {centre.x, centre.y + size * 1.1f}, size * 0.08f, theme::inkSoft);
    const float w = place == Place::Repair ? size * 1.25f : size * 0.75f, h = size * 0.55f;
    b.polygon({{centre.x - w, centre.y - h},
               {centre.x + w, centre.y - h},
               {centre.x + w, centre.y + h},
               {centre.x - w, centre.y + h}},
              kBoard, theme::ink, 2.f);
    const float ph = size * 0.85f;
    switch (place) {
    case Place::Give: // a phone that works, and a heart: someone will use it
        phone(b, {centre.x - size * 0.3f, centre.y}, ph, 0.f, State::Works);
        b.circle({centre.x + size * 0.3f, centre.y - size * 0.08f}, size * 0.12f, kGift);
        b.circle({centre.x + size * 0.48f, centre.y - size * 0.08f}, size * 0.12f, kGift);
        b.polygon({{centre.x + size * 0.2f, centre.y - size * 0.02f},
                   {centre.x + size * 0.58f, centre.y - size * 0.02f},
                   {centre.x + size * 0.39f, centre.y + size * 0.24f}},
                  kGift);
        break;
    case Place::Repair:
        phone(b, {centre.x - size * 0.55f, centre.y}, ph, 0.f, State::Cracked);
        phone(b, {centre.x + size * 0.55f, centre.y}, ph, 0.f, State::WornBattery);
        break;
    case Place::Collect:
        phone(b, {centre.x, centre.y}, ph, 0.f, State::Dead);
        break;
    case Place::Trash:
    case Place::Boat:
        break;
    }
}

namespace {

// Three arrows chasing each other round a triangle: the recycling sign.
void recyclingArrows(ShapeBatch& b, V c, float r, sf::Color colour) {
    for (int i = 0; i < 3; ++i) {
        const float a0 = -1.5708f + 2.0944f * static_cast<float>(i), a1 = a0 + 2.0944f;
        const V p0{c.x + std::cos(a0) * r, c.y + std::sin(a0) * r},
            p1{c.x + std::cos(a1) * r, c.y + std::sin(a1) * r};
        const V m{p0.x + (p1.x - p0.x) * 0.75f, p0.y + (p1.y - p0.y) * 0.75f};
        b.line({p0.x + (p1.x - p0.x) * 0.1f, p0.y + (p1.y - p0.y) * 0.1f}, m, r * 0.22f, colour);
        const V d{(p1.x - p0.x) * 0.22f, (p1.y - p0.y) * 0.22f};
        const V n{-d.y * 0.8f, d.x * 0.8f};
        b.polygon({{m.x + d.x, m.y + d.y}, {m.x + n.x, m.y + n.y}, {m.x - n.x, m.y - n.y}}, colour);
    }
}

} // namespace

void place(ShapeBatch& b, const sf::FloatRect& r, Place p, int count) {
    const float l = r.left, t = r.top, w = r.width, h = r.height, rt = l + w, bt = t + h;
    // The phones already in, their tops peeking out, side by side.
    for (int i = 0; i < count; ++i) {
        const float x = l + w * (0.2f + 0.6f * static_cast<float>(i % 4) / 3.f);
        b.polygon({{x - w * 0.08f, t - h * 0.12f},
                   {x + w * 0.08f, t - h * 0.12f},
                   {x + w * 0.08f, t + 4.f},
                   {x - w * 0.08f, t + 4.f}},
                  kCase, theme::ink, 2.f);
    }
    switch (p) {
    case Place::Trash: { // a grey can with a lid and ribs
        b.polygon({{l, t}, {rt, t}, {rt - w * 0.08f, bt}, {l + w * 0.08f, bt}}, kBin, theme::ink, 3.f);
        for (float k : {0.3f, 0.5f, 0.7f})
            b.line({l + w * k, t + h * 0.2f}, {l + w * k, bt - h * 0.12f}, 4.f, sf::Color(0x6E, 0x76, 0x83));
        b.polygon({{l - 6.f, t - 10.f}, {rt + 6.f, t - 10.f}, {rt + 6.f, t}, {l - 6.f, t}}, kBin, theme::ink,
                  2.f);
        break;
    }
    case Place::Give: { // a gift box with its ribbon
        b.polygon({{l, t}, {rt, t}, {rt, bt}, {l, bt}}, kGift, theme::ink, 3.f);
        b.polygon({{l + w * 0.44f, t}, {l + w * 0.56f, t}, {l + w * 0.56f, bt}, {l + w * 0.44f, bt}},
                  theme::yellow);
        b.polygon({{l, t + h * 0.4f}, {rt, t + h * 0.4f}, {rt, t + h * 0.52f}, {l, t + h * 0.52f}},
                  theme::yellow);
        break;
    }
    case Place::Repair: { // a toolbox with its handle and a spanner on it
        b.polygon({{l, t}, {rt, t}, {rt, bt}, {l, bt}}, kTools, theme::ink, 3.f);
        b.line({l + w * 0.25f, bt - h * 0.3f}, {l + w * 0.7f, t + h * 0.3f}, h * 0.1f, theme::ink);
        b.circle({l + w * 0.72f, t + h * 0.28f}, h * 0.12f, theme::ink);
        b.circle({l + w * 0.72f, t + h * 0.28f}, h * 0.05f, kTools);
        break;
    }
    case Place::Collect: { // a green box with the recycling arrows
        b.polygon({{l, t}, {rt, t}, {rt, bt}, {l, bt}}, kCollect, theme::ink, 3.f);
        recyclingArrows(b, {l + w / 2.f, t + h * 0.55f}, h * 0.32f, sf::Color::White);
        break;
    }
    case Place::Boat: { // a dark hull with a cabin, and a flag with a question mark
        b.polygon({{l, t + h * 0.45f}, {rt, t + h * 0.45f}, {rt - w * 0.1f, bt}, {l + w * 0.1f, bt}}, kHull,
                  theme::ink, 3.f);
        b.polygon({{l + w * 0.55f, t},
                   {l + w * 0.85f, t},
                   {l + w * 0.85f, t + h * 0.45f},
                   {l + w * 0.55f, t + h * 0.45f}},
                  sf::Color(0x6A, 0x70, 0x7C), theme::ink, 2.f);
        b.line({l + w * 0.2f, t + h * 0.45f}, {l + w * 0.2f, t - h * 1.1f}, 4.f, theme::ink);
        // A square flag with a white question mark: where it goes, nobody says.
        const V f{l + w * 0.2f + 2.f, t - h * 1.1f};
        const float s = h * 0.6f;
        b.polygon({f, {f.x + s, f.y}, {f.x + s, f.y + s}, {f.x, f.y + s}}, theme::ink);
        const V q{f.x + s * 0.5f, f.y + s * 0.42f};
        const float k = s * 0.16f, stroke = std::max(2.f, s * 0.1f);
        b.line({q.x - k, q.y - k}, {q.x - k * 0.4f, q.y - k * 1.6f}, stroke, sf::Color::White);
        b.line({q.x - k * 0.4f, q.y - k * 1.6f}, {q.x + k * 0.6f, q.y - k * 1.6f}, stroke, sf::Color::White);
        b.line({q.x + k * 0.6f, q.y - k * 1.6f}, {q.x + k, q.y - k * 0.8f}, stroke, sf::Color::White);
        b.line({q.x + k, q.y - k * 0.8f}, {q.x, q.y}, stroke, sf::Color::White);
        b.line({q.x, q.y}, {q.x, q.y + k * 0.7f}, stroke, sf::Color::White);
        b.circle({q.x, q.y + k * 1.5f}, stroke * 0.7f, sf::Color::White, sf::Color::Transparent, 0.f, 8);
        break;
    }
    }
}

void trackerMap(ShapeBatch& b, const sf::FloatRect& card, float t, float time) {
    const float l = card.left, tp = card.top, w = card.width, h = card.height;
    b.polygon({{l, tp}, {l + w, tp}, {l + w, tp + h}, {l, tp + h}}, kSea, theme::ink, 4.f);
    // Home at the left, with its house; the far coast at the right.
    b.polygon({{l, tp}, {l + w * 0.16f, tp}, {l + w * 0.1f, tp + h}, {l, tp + h}},
              sf::Color(0x8C, 0xC8, 0x6E));
    b.polygon({{l + w * 0.8f, tp}, {l + w, tp}, {l + w, tp + h}, {l + w * 0.86f, tp + h}}, kSand);
    const V home{l + w * 0.07f, tp + h * 0.45f};
    b.polygon({{home.x - 14.f, home.y},
               {home.x + 14.f, home.y},
               {home.x + 14.f, home.y + 20.f},
               {home.x - 14.f, home.y + 20.f}},
              sf::Color::White, theme::ink, 2.f);
    b.polygon({{home.x - 18.f, home.y}, {home.x, home.y - 16.f}, {home.x + 18.f, home.y}}, theme::vermillion,
              theme::ink, 2.f);
    // The scrapyard: grey heaps, and smoke rising from them (F9).
    const V yard{l + w * 0.91f, tp + h * 0.6f};
    for (int i = 0; i < 3; ++i) {
        const float x = yard.x + (static_cast<float>(i) - 1.f) * 22.f;
        b.polygon({{x - 20.f, yard.y + 18.f}, {x, yard.y - 6.f}, {x + 20.f, yard.y + 18.f}},
                  sf::Color(0x6E, 0x76, 0x83), theme::ink, 2.f);
    }
    for (int i = 0; i < 4; ++i) {
        const float k = std::fmod(time * 0.4f + 0.25f * static_cast<float>(i), 1.f);
        b.circle(
            {yard.x - 10.f + 14.f * std::sin(k * 5.f + static_cast<float>(i)), yard.y - 12.f - k * h * 0.45f},
            8.f + 14.f * k, kSmoke);
    }
    // The route, dashed, in a gentle arc; the tracker's dot on it, with a ring that beats.
    const auto along = [&](float k) {
        return V{home.x + 20.f + (yard.x - home.x - 40.f) * k,
                 home.y + 6.f + (yard.y - home.y) * k - h * 0.35f * std::sin(3.1416f * k)};
    };
    for (int i = 0; i < 20; i += 2)
        b.line(along(static_cast<float>(i) / 20.f), along(static_cast<float>(i + 1) / 20.f), 4.f,
               sf::Color::White);
    const V dot = along(std::min(t, 1.f));
    // The boat under its tracker.
    b.polygon({{dot.x - 22.f, dot.y + 6.f},
               {dot.x + 22.f, dot.y + 6.f},
               {dot.x + 15.f, dot.y + 18.f},
               {dot.x - 15.f, dot.y + 18.f}},
              kHull, theme::ink, 2.f);
    const float beat = 0.5f + 0.5f * std::sin(time * 8.f);
    b.circle(dot, 13.f + 5.f * beat, theme::yellow, theme::ink, 2.f);
    b.circle(dot, 7.f, theme::vermillion);
}

void worldTen(ShapeBatch& b, const sf::FloatRect& box, int recycled) {
    // Ten heaps of old devices in two rows; those recycled have the arrows around them.
    const float cw = box.width / 5.f, ch = box.height / 2.f, r = std::min(cw, ch) * 0.36f;
    for (int i = 0; i < 10; ++i) {
        const V c{box.left + cw * (0.5f + static_cast<float>(i % 5)),
                  box.top + ch * (0.5f + static_cast<float>(i / 5))};
        const bool done = i < recycled;
        b.polygon({{c.x - r, c.y + r * 0.6f},
                   {c.x - r * 0.3f, c.y - r * 0.7f},
                   {c.x + r * 0.4f, c.y - r * 0.4f},
                   {c.x + r, c.y + r * 0.6f}},
                  done ? kCollect : kBin, theme::ink, 2.f);
        if (done) recyclingArrows(b, {c.x, c.y + r * 0.05f}, r * 0.5f, sf::Color::White);
    }
}

} // namespace mobi::drawer
