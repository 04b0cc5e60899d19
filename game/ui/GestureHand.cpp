// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GestureHand.hpp"

#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/ConvexShape.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

constexpr float kPi = 3.14159265f;
constexpr float kHandScale = 1.5f; // about 75 × 110 pixels: seen from the back of a classroom
constexpr double kPeriod = 2.2;    // seconds of one gesture, then it starts again
const sf::Color kGhost(0xFF, 0xFF, 0xFF, 0xD0);
const sf::Color kGhostInk(0x1B, 0x1B, 0x2F, 0xC0);

float smooth(float t) { return t * t * (3.f - 2.f * t); }

// A pointing hand whose fingertip is at (0, 0), finger up, drawn with
// `transform` (placed, rocked); `pressed` squashes it a little.
void hand(sf::RenderTarget& target, const sf::Transform& transform, bool pressed) {
    sf::RenderStates states(transform);
    if (pressed) states.transform.scale(0.94f, 0.9f);
    target.draw(roundedRect({-8.f, 0.f, 16.f, 44.f}, 8.f, kGhost, kGhostInk, 3.f), states);    // index finger
    target.draw(roundedRect({-24.f, 28.f, 14.f, 28.f}, 7.f, kGhost, kGhostInk, 3.f), states);  // thumb
    target.draw(roundedRect({-16.f, 30.f, 40.f, 42.f}, 14.f, kGhost, kGhostInk, 3.f), states); // palm
    target.draw(roundedRect({8.f, 24.f, 13.f, 22.f}, 6.f, kGhost, kGhostInk, 3.f), states); // folded fingers
}

void handAt(sf::RenderTarget& target, sf::Vector2f at, float degrees, bool pressed) {
    sf::Transform t;
    t.translate(at).rotate(degrees).scale(kHandScale, kHandScale);
    hand(target, t, pressed);
    if (LayoutProbe* probe = LayoutProbe::of(target))
        probe->figure({at.x - 26.f * kHandScale, at.y - 4.f, 52.f * kHandScale, 76.f * kHandScale},
                      "ghost hand");
}

constexpr int kSpace = 0, kTab = 2, kUp = 3; // key() with an arrow's direction (-1, +1), Space, Tab or ↑

// A key cap with an arrow (direction -1 or +1), a wide Space bar, or Tab (an
// arrow against a bar, as printed on the key).
void key(sf::RenderTarget& target, sf::Vector2f centre, int direction, bool lit) {
    const float w = direction == kSpace ? 96.f : direction == kTab ? 56.f : 40.f, h = 36.f;
    const sf::Color face = lit ? theme::yellow : sf::Color(0xFF, 0xFF, 0xFF, 0xE0);
    target.draw(roundedRect({centre.x - w / 2.f, centre.y - h / 2.f, w, h}, 8.f, face, kGhostInk, 3.f));
    if (direction == kSpace) {
        target.draw(roundedRect({centre.x - 28.f, centre.y + 4.f, 56.f, 5.f}, 2.f, theme::ink));
    } else if (direction == kTab) {
        drawThickLine(target, {centre.x - 16.f, centre.y}, {centre.x + 4.f, centre.y}, 4.f, theme::ink);
        target.draw(arrowHead({centre.x + 6.f, centre.y}, 12.f, 1, theme::ink));
        drawThickLine(target, {centre.x + 16.f, centre.y - 10.f}, {centre.x + 16.f, centre.y + 10.f}, 4.f,
                      theme::ink);
    } else if (direction == kUp) {
        sf::ConvexShape up(3);
        up.setPoint(0, {centre.x, centre.y - 8.f});
        up.setPoint(1, {centre.x + 8.f, centre.y + 6.f});
        up.setPoint(2, {centre.x - 8.f, centre.y + 6.f});
        up.setFillColor(theme::ink);
        target.draw(up);
    } else {
        target.draw(arrowHead(centre, 14.f, direction, theme::ink));
    }
}

// The keys of a drag, lit in turn as the hand does it: Tab to the thing, Space
// to take it, an arrow towards where it goes, Space to let go.
void dragKeys(sf::RenderTarget& target, sf::Vector2f centre, int towards, float u) {
    key(target, {centre.x - 110.f, centre.y}, kTab, u < 0.12f);
    key(target, {centre.x - 20.f, centre.y}, kSpace, (u >= 0.12f && u < 0.2f) || u >= 0.8f);
    key(target, {centre.x + 70.f, centre.y}, towards, u >= 0.2f && u < 0.8f);
}

// Rings that spread from a press and fade.
void rings(sf::RenderTarget& target, sf::Vector2f at, float u) {
    for (float offset : {0.f, 0.5f}) {
        const float k = std::fmod(u + offset, 1.f);
        const auto alpha = static_cast<sf::Uint8>(200.f * (1.f - k));
        drawCircle(target, at, 12.f + 34.f * k, sf::Color::Transparent, sf::Color(0xF0, 0xE4, 0x42, alpha),
                   4.f);
    }
}

void dottedPath(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, bool ringAtEnd) {
    const sf::Vector2f d = b - a;
    const float length = std::sqrt(d.x * d.x + d.y * d.y);
    const int dots = std::max(1, static_cast<int>(length / 22.f));
    for (int i = 1; i < dots; ++i)
        drawCircle(target, a + d * (static_cast<float>(i) / static_cast<float>(dots)), 4.f,
                   sf::Color(0xFF, 0xFF, 0xFF, 0xC0), kGhostInk, 2.f);
    if (ringAtEnd)
        drawCircle(target, b, 26.f, sf::Color::Transparent, sf::Color(0xF0, 0xE4, 0x42, 0xE0), 5.f);
}

} // namespace

void drawGestureHand(sf::RenderTarget& target, const PlacedCue& cue, const Camera& camera, double time) {
    using Kind = GestureCue::Kind;
    if (cue.kind == Kind::None) return;
    const float u = static_cast<float>(std::fmod(time, kPeriod) / kPeriod); // 0..1 through the gesture
    const sf::Vector2f at = camera.toScreen(cue.x, cue.y);
    const sf::Vector2f to = camera.toScreen(cue.toX, cue.toY);
    switch (cue.kind) {
    case Kind::Tilt: { // rock left and right, with the arrow keys that do it
        const float s = std::sin(2.f * kPi * u);
        handAt(target, at, -22.f * s, true);
        key(target, {at.x - 80.f, at.y + 140.f}, -1, s > 0.3f);
        key(target, {at.x + 80.f, at.y + 140.f}, 1, s < -0.3f);
        break;
    }
    case Kind::Hold: { // press and keep pressing; or hold Space
        rings(target, at, u);
        handAt(target, at, 0.f, true);
        key(target, {at.x, at.y + 140.f}, kSpace, true);
        break;
    }
    case Kind::Drag: { // take it from here to there
        dottedPath(target, at, to, true);
        const float move = smooth(std::clamp((u - 0.15f) / 0.6f, 0.f, 1.f));
        const bool carrying = u < 0.8f;
        handAt(target, at + (to - at) * move, 0.f, carrying);
        // Under the middle of the path (above it near the bottom of the screen).
        const sf::Vector2f mid = (at + to) * 0.5f;
        dragKeys(target, {mid.x, mid.y + (mid.y < 560.f ? 90.f : -90.f)}, to.x < at.x ? -1 : 1, u);
        break;
    }
    case Kind::Sweep: { // press, then go from one side to the other and back
        const float s = 0.5f - 0.5f * std::cos(2.f * kPi * u);
        dottedPath(target, at, to, false);
        handAt(target, at + (to - at) * s, 0.f, true);
        const float v = std::sin(2.f * kPi * u); // which way it is going now
        key(target, {at.x - 50.f, at.y + 110.f}, -1, v < -0.2f);
        key(target, {at.x + 50.f + (to.x - at.x), at.y + 110.f}, 1, v > 0.2f);
        break;
    }
    case Kind::Tug: { // take it and pull it up, shaking as a wedged thing does; keys: Tab, Space, ↑ held
        dottedPath(target, at, to, false);
        const float move = smooth(std::clamp((u - 0.15f) / 0.5f, 0.f, 1.f));
        const float shake = move > 0.f && move < 1.f ? 4.f * std::sin(60.f * u) : 0.f;
        handAt(target, at + (to - at) * move + sf::Vector2f{shake, 0.f}, 0.f, u < 0.8f);
        // Beside it, towards the middle of the screen, where no edge cuts them.
        const float side = at.x < 640.f ? 1.f : -1.f;
        key(target, {at.x + side * 70.f, at.y - 60.f}, kTab, u < 0.12f);
        key(target, {at.x + side * 160.f, at.y - 60.f}, kSpace, u >= 0.12f && u < 0.2f);
        key(target, {at.x + side * 250.f, at.y - 60.f}, kUp, u >= 0.2f && u < 0.8f);
        break;
    }
    case Kind::Sling: { // take the pouch, pull it back, let go; keys: ↑ to aim, Space held to pull
        dottedPath(target, at, to, false);
        const float back = smooth(std::clamp((u - 0.15f) / 0.55f, 0.f, 1.f));
        const bool pulling = u < 0.75f;
        handAt(target, pulling ? at + (to - at) * back : at, 0.f, pulling);
        const sf::Vector2f keys{at.x - 130.f, at.y - 110.f}; // above and behind the pull
        key(target, {keys.x - 70.f, keys.y}, kUp, u < 0.15f);
        key(target, {keys.x + 20.f, keys.y}, kSpace, u >= 0.15f && pulling);
        break;
    }
    case Kind::None:
        break;
    }
}

} // namespace mobi
