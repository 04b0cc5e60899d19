// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PhoneParts.hpp"

#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {

const sf::Color kFrame(0x4A, 0x4A, 0x5C), kBoard(0x3F, 0x9E, 0x6A), kSteel(0x8A, 0x93, 0x9E);
const sf::Color kGlass(0x26, 0x34, 0x45), kLit(0xBF, 0xE6, 0xFF);

} // namespace

// Big opaque areas are drawn without blending: software OpenGL pays for every blended pixel.
// One part, by a shape and a picture of its own (never colour alone).
void drawPhonePart(sf::RenderTarget& t, PhonePart p, const sf::FloatRect& r, bool lit) {
    const sf::Vector2f c{r.left + r.width / 2.f, r.top + r.height / 2.f};
    const float u = std::min(r.width, r.height);
    switch (p) {
    case PhonePart::Frame: { // its inside, with the dark rim as the shape's outline: one layer of pixels, not
                             // two
        const float rim = u * 0.08f;
        t.draw(roundedRect({r.left + rim, r.top + rim, r.width - 2.f * rim, r.height - 2.f * rim}, u * 0.12f,
                           sf::Color(0x6B, 0x6B, 0x7A), kFrame, rim),
               sf::BlendNone);
        break;
    }
    case PhonePart::Board:
        t.draw(roundedRect(r, u * 0.08f, kBoard, theme::ink, 3.f), sf::BlendNone);
        for (float dx : {-0.22f, 0.2f}) // its chips
            t.draw(
                roundedRect({c.x + dx * r.width - u * 0.14f, c.y - u * 0.3f + dx * u, u * 0.28f, u * 0.28f},
                            3.f, theme::ink, theme::ink, 0.f));
        break;
    case PhonePart::Battery:
        t.draw(roundedRect(r, u * 0.14f, theme::bluishGreen, theme::ink, 3.f), sf::BlendNone);
        drawThickLine(t, {c.x - u * 0.25f, c.y}, {c.x + u * 0.25f, c.y}, u * 0.1f, sf::Color::White); // a "+"
        drawThickLine(t, {c.x, c.y - u * 0.25f}, {c.x, c.y + u * 0.25f}, u * 0.1f, sf::Color::White);
        break;
    case PhonePart::Camera:
        drawCircle(t, c, u * 0.48f, kFrame, theme::ink, 3.f);
        drawCircle(t, c, u * 0.24f, theme::skyBlue, theme::ink, 2.f); // the lens
        break;
    case PhonePart::Speaker:
        t.draw(roundedRect(r, u * 0.2f, kSteel, theme::ink, 3.f));
        for (int i = -1; i <= 1; ++i) // its grille
            drawCircle(t, {c.x, c.y + static_cast<float>(i) * r.height * 0.25f}, u * 0.09f, theme::ink);
        break;
    case PhonePart::Screen:
        t.draw(roundedRect(r, u * 0.16f, lit ? kLit : kGlass, theme::ink, theme::outline), sf::BlendNone);
        if (lit) { // switched on at last: Mobi's face
            for (float dx : {-0.16f, 0.16f})
                drawCircle(t, {c.x + dx * u, c.y - u * 0.1f}, u * 0.07f, theme::ink);
            drawThickLine(t, {c.x - u * 0.14f, c.y + u * 0.14f}, {c.x, c.y + u * 0.22f}, u * 0.05f,
                          theme::ink);
            drawThickLine(t, {c.x, c.y + u * 0.22f}, {c.x + u * 0.14f, c.y + u * 0.14f}, u * 0.05f,
                          theme::ink);
        } else { // a gleam on the glass
            drawThickLine(t, {r.left + r.width * 0.15f, r.top + r.height * 0.8f},
                          {r.left + r.width * 0.35f, r.top + r.height * 0.2f}, u * 0.06f,
                          sf::Color(0x55, 0x6A, 0x80));
        }
        break;
    }
}

void drawScrew(sf::RenderTarget& t, sf::Vector2f c, float radius, float turn) {
    drawCircle(t, c, radius, sf::Color(0xCF, 0xD4, 0xDA), theme::ink, 3.f);
    const float a = turn * 6.28f + 0.78f, k = 0.65f * radius;
    const sf::Vector2f d{k * std::cos(a), k * std::sin(a)}, e{-d.y, d.x};
    drawThickLine(t, c - d, c + d, 4.f, theme::ink);
    drawThickLine(t, c - e, c + e, 4.f, theme::ink);
    if (turn > 0.f && turn < 1.f)
        drawCircle(t, c, radius + 8.f + 10.f * turn, sf::Color::Transparent, theme::orange, 4.f);
}

} // namespace mobi
