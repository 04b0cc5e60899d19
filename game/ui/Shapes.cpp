// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Shapes.hpp"

#include "ui/LayoutProbe.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>

namespace mobi {
namespace {
constexpr float kPi = 3.14159265f;
constexpr int kCornerPoints = 6; // per corner: smooth enough at UI sizes, few vertices
} // namespace

sf::ConvexShape roundedRect(const sf::FloatRect& r, float radius, sf::Color fill, sf::Color outline,
                            float outlineThickness) {
    radius = std::min(radius, std::min(r.width, r.height) / 2.f);
    sf::ConvexShape shape(4 * kCornerPoints);
    const sf::Vector2f centres[4] = {{r.left + r.width - radius, r.top + radius},
                                     {r.left + r.width - radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + r.height - radius},
                                     {r.left + radius, r.top + radius}};
    std::size_t n = 0;
    for (int corner = 0; corner < 4; ++corner) {
        const float start = -kPi / 2.f + static_cast<float>(corner) * kPi / 2.f;
        for (int i = 0; i < kCornerPoints; ++i) {
            const float a =
                start + (kPi / 2.f) * static_cast<float>(i) / static_cast<float>(kCornerPoints - 1);
            shape.setPoint(
                n++, {centres[corner].x + radius * std::cos(a), centres[corner].y + radius * std::sin(a)});
        }
    }
    shape.setFillColor(fill);
    shape.setOutlineColor(outline);
    shape.setOutlineThickness(outlineThickness);
    return shape;
}

void drawPanel(sf::RenderTarget& target, const sf::FloatRect& rect, float radius, sf::Color fill,
               sf::Color outline, float outlineThickness) {
    // An opaque panel needs no blending, which software OpenGL pays for on every pixel
    // (a hint box is a tenth of the screen); shapes have no smoothed edges to lose.
    const bool opaque = fill.a == 255 && (outline.a == 255 || outlineThickness <= 0.f);
    target.draw(roundedRect(rect, radius, fill, outline, outlineThickness),
                opaque ? sf::RenderStates(sf::BlendNone) : sf::RenderStates::Default);
    if (LayoutProbe* probe = LayoutProbe::of(target)) probe->panel(rect);
}

sf::ConvexShape arrowHead(sf::Vector2f c, float size, int direction, sf::Color fill) {
    sf::ConvexShape t(3);
    const float d = static_cast<float>(direction);
    t.setPoint(0, {c.x + d * size * 0.5f, c.y});
    t.setPoint(1, {c.x - d * size * 0.4f, c.y - size * 0.55f});
    t.setPoint(2, {c.x - d * size * 0.4f, c.y + size * 0.55f});
    t.setFillColor(fill);
    return t;
}

void drawCircle(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color fill,
                sf::Color outline, float outlineThickness) {
    sf::CircleShape c(radius, radius > 30 ? 40 : 24);
    c.setOrigin(radius, radius);
    c.setPosition(centre);
    c.setFillColor(fill);
    c.setOutlineColor(outline);
    c.setOutlineThickness(outlineThickness);
    target.draw(c);
}

void drawThickLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, float thickness,
                   sf::Color colour) {
    const sf::Vector2f d = b - a;
    const float length = std::sqrt(d.x * d.x + d.y * d.y);
    sf::RectangleShape line({length, thickness});
    line.setOrigin(0, thickness / 2.f);
    line.setPosition(a);
    line.setRotation(std::atan2(d.y, d.x) * 180.f / kPi);
    line.setFillColor(colour);
    target.draw(line);
    // Round ends, so joined segments look like one stroke.
    drawCircle(target, a, thickness / 2.f, colour);
    drawCircle(target, b, thickness / 2.f, colour);
}

void drawMobi(sf::RenderTarget& target, sf::Vector2f c, float h, Mood mood, sf::Color body, float wave) {
    const float w = h * 0.58f;
    // From hand to hand, and from the top of the body to the soles of the feet.
    const float reach = w * 0.78f + h * 0.06f;
    probeFigure(target, {c.x - reach, c.y - h / 2.f, 2.f * reach, h * 1.18f}, "Mobi");
    const float line = std::max(2.f, h * 0.035f);
    const sf::Color ink = theme::ink;

    // Feet and arms first, so the body overlaps their joints.
    for (int side : {-1, 1}) {
        const float s = static_cast<float>(side);
        drawThickLine(target, {c.x + s * w * 0.22f, c.y + h * 0.45f}, {c.x + s * w * 0.26f, c.y + h * 0.6f},
                      line * 2.2f, ink);
        drawCircle(target, {c.x + s * w * 0.3f, c.y + h * 0.62f}, h * 0.06f, ink);
        // The right arm can wave (wave in -1..1 lifts it).
        const float lift = side > 0 ? wave : 0.f;
        const sf::Vector2f shoulder{c.x + s * w * 0.48f, c.y + h * 0.05f};
        const sf::Vector2f hand{c.x + s * w * 0.78f, c.y + h * (0.22f - 0.42f * lift)};
        drawThickLine(target, shoulder, hand, line * 2.2f, ink);
        drawCircle(target, hand, h * 0.055f, sf::Color::White, ink, line);
    }
    // Body and screen.
    target.draw(roundedRect({c.x - w / 2, c.y - h / 2, w, h}, w * 0.22f, body, ink, line));
    const sf::FloatRect screen{c.x - w * 0.38f, c.y - h * 0.36f, w * 0.76f, h * 0.66f};
    target.draw(roundedRect(screen, w * 0.12f, sf::Color(0xFF, 0xFF, 0xF4), ink, line * 0.7f));
    drawCircle(target, {c.x, c.y + h * 0.41f}, h * 0.035f, ink); // the home button
    drawCircle(target, {c.x, c.y - h * 0.43f}, h * 0.018f, ink); // the camera

    // Face.
    const float eyeY = c.y - h * 0.1f;
    const float eyeDx = w * 0.16f;
    for (int side : {-1, 1}) {
        const sf::Vector2f eye{c.x + static_cast<float>(side) * eyeDx, eyeY};
        if (mood == Mood::Sleepy) {
            drawThickLine(target, {eye.x - h * 0.04f, eye.y}, {eye.x + h * 0.04f, eye.y}, line, ink);
        } else if (mood == Mood::Proud) { // eyes closed with joy: two little arches
            const float r = h * 0.045f;
            drawThickLine(target, {eye.x - r, eye.y + r * 0.4f}, {eye.x, eye.y - r * 0.5f}, line * 1.2f, ink);
            drawThickLine(target, {eye.x, eye.y - r * 0.5f}, {eye.x + r, eye.y + r * 0.4f}, line * 1.2f, ink);
        } else {
            const float r = mood == Mood::Surprised ? h * 0.055f : h * 0.045f;
            drawCircle(target, eye, r, ink);
            drawCircle(target, {eye.x + r * 0.35f, eye.y - r * 0.35f}, r * 0.35f, sf::Color::White);
        }
        // Rosy cheeks.
        drawCircle(target, {c.x + static_cast<float>(side) * w * 0.25f, c.y + h * 0.02f}, h * 0.03f,
                   sf::Color(0xCC, 0x79, 0xA7, 0x90));
    }
    // Mouth: a smile, an "o", or a small wavy worry.
    const float mouthY = c.y + h * 0.06f;
    if (mood == Mood::Surprised) {
        drawCircle(target, {c.x, mouthY + h * 0.02f}, h * 0.035f, ink);
    } else {
        const float curve = mood == Mood::Worried ? -1.f : mood == Mood::Proud ? 1.6f : 1.f;
        const int segments = 8;
        sf::Vector2f previous;
        for (int i = 0; i <= segments; ++i) {
            const float t = static_cast<float>(i) / segments;
            const float x = c.x + (t - 0.5f) * w * 0.3f;
            const float y = mouthY + curve * std::sin(t * kPi) * h * 0.05f;
            if (i > 0) drawThickLine(target, previous, {x, y}, line, ink);
            previous = {x, y};
        }
    }
}

} // namespace mobi
