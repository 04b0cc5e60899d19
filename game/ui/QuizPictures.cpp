// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/QuizPictures.hpp"

#include "ui/Shapes.hpp"
#include "ui/StageIcons.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/ConvexShape.hpp>

#include <cmath>

namespace mobi {
namespace {

using V = sf::Vector2f;

void box(sf::RenderTarget& t, V c, float w, float h, sf::Color fill, float r = 6.f) {
    t.draw(roundedRect({c.x - w / 2, c.y - h / 2, w, h}, r, fill, theme::ink, 3.f));
}

void glass(sf::RenderTarget& t, V c, float s, float fill) {
    // A glass drawn as a trapezoid, filled with water to `fill` (0..1).
    sf::ConvexShape g(4);
    g.setPoint(0, {c.x - s * 0.3f, c.y - s * 0.4f});
    g.setPoint(1, {c.x + s * 0.3f, c.y - s * 0.4f});
    g.setPoint(2, {c.x + s * 0.22f, c.y + s * 0.4f});
    g.setPoint(3, {c.x - s * 0.22f, c.y + s * 0.4f});
    g.setFillColor(sf::Color(0xEE, 0xF6, 0xFB));
    g.setOutlineColor(theme::ink);
    g.setOutlineThickness(3.f);
    t.draw(g);
    const float top = c.y + s * 0.4f - s * 0.8f * fill;
    const float half = s * 0.22f + (s * 0.08f) * fill;
    sf::ConvexShape w(4);
    w.setPoint(0, {c.x - half, top});
    w.setPoint(1, {c.x + half, top});
    w.setPoint(2, {c.x + s * 0.22f - 2.f, c.y + s * 0.4f - 2.f});
    w.setPoint(3, {c.x - s * 0.22f + 2.f, c.y + s * 0.4f - 2.f});
    w.setFillColor(theme::skyBlue);
    t.draw(w);
}

void vehicle(sf::RenderTarget& t, const std::string& name, V c, float s) {
    if (name == "plane") {
        box(t, c, s * 0.9f, s * 0.18f, sf::Color::White, s * 0.09f);
        sf::ConvexShape wing(3);
        wing.setPoint(0, {c.x - s * 0.05f, c.y});
        wing.setPoint(1, {c.x + s * 0.15f, c.y});
        wing.setPoint(2, {c.x - s * 0.15f, c.y + s * 0.38f});
        wing.setFillColor(theme::skyBlue);
        wing.setOutlineColor(theme::ink);
        wing.setOutlineThickness(3.f);
        t.draw(wing);
        drawCircle(t, {c.x + s * 0.5f, c.y - s * 0.2f}, s * 0.08f,
                   sf::Color(0x99, 0x99, 0x99, 0xA0)); // a cloud puff
    } else if (name == "train") {
        box(t, {c.x - s * 0.1f, c.y}, s * 0.7f, s * 0.35f, theme::bluishGreen);
        box(t, {c.x + s * 0.32f, c.y - s * 0.08f}, s * 0.22f, s * 0.3f, theme::bluishGreen);
        for (float dx : {-0.3f, 0.05f, 0.32f})
            drawCircle(t, {c.x + s * dx, c.y + s * 0.22f}, s * 0.08f, theme::ink);
        drawThickLine(t, {c.x - s * 0.5f, c.y + s * 0.32f}, {c.x + s * 0.5f, c.y + s * 0.32f}, 3.f,
                      theme::inkSoft);
    } else if (name == "truck") {
        box(t, {c.x - s * 0.12f, c.y - s * 0.05f}, s * 0.55f, s * 0.4f, theme::orange);
        box(t, {c.x + s * 0.28f, c.y + s * 0.02f}, s * 0.25f, s * 0.26f, theme::skyBlue);
        for (float dx : {-0.25f, 0.25f})
            drawCircle(t, {c.x + s * dx, c.y + s * 0.2f}, s * 0.08f, theme::ink);
    } else if (name == "bike") { // a cargo bike: a box in front, two wheels, a saddle
        for (float dx : {-0.3f, 0.3f})
            drawCircle(t, {c.x + s * dx, c.y + s * 0.2f}, s * 0.14f, sf::Color::White, theme::ink, 3.f);
        box(t, {c.x + s * 0.22f, c.y - s * 0.06f}, s * 0.36f, s * 0.26f, theme::orange);
        drawThickLine(t, {c.x - s * 0.3f, c.y + s * 0.2f}, {c.x - s * 0.06f, c.y - s * 0.08f}, 4.f,
                      theme::ink);
        drawThickLine(t, {c.x - s * 0.06f, c.y - s * 0.08f}, {c.x + s * 0.05f, c.y + s * 0.12f}, 4.f,
                      theme::ink);
        drawThickLine(t, {c.x - s * 0.14f, c.y - s * 0.16f}, {c.x + 0.f, c.y - s * 0.16f}, 5.f, theme::ink);
    } else { // ship
        drawStageIcon(t, "transport", c, s);
    }
}

} // namespace

void drawQuizPicture(sf::RenderTarget& t, const std::string& name, sf::Vector2f c, float s) {
    if (name == "extraction" || name == "production" || name == "transport" || name == "use" ||
        name == "endoflife" || name == "recovery") {
        drawStageIcon(t, name, c, s);
    } else if (name == "plane" || name == "train" || name == "truck" || name == "ship" || name == "bike") {
        vehicle(t, name, c, s);
    } else if (name == "glass_small") {
        glass(t, c, s * 0.45f, 0.5f);
    } else if (name == "glass") {
        glass(t, c, s * 0.7f, 0.7f);
    } else if (name == "bottle") {
        box(t, {c.x, c.y + s * 0.08f}, s * 0.32f, s * 0.68f, sf::Color(0xEE, 0xF6, 0xFB), s * 0.1f);
        box(t, {c.x, c.y + s * 0.2f}, s * 0.26f, s * 0.4f, theme::skyBlue, s * 0.08f);
        box(t, {c.x, c.y - s * 0.34f}, s * 0.14f, s * 0.1f, theme::bluishGreen, 3.f);
    } else if (name == "teaspoon") {
        // The smallest volume: a teaspoon, its bowl holding a drop of water.
        drawThickLine(t, {c.x - s * 0.05f, c.y + s * 0.05f}, {c.x + s * 0.38f, c.y - s * 0.28f}, s * 0.07f,
                      theme::inkSoft);
        drawCircle(t, {c.x - s * 0.16f, c.y + s * 0.14f}, s * 0.14f, sf::Color(0xEE, 0xF6, 0xFB), theme::ink,
                   3.f);
        drawCircle(t, {c.x - s * 0.16f, c.y + s * 0.16f}, s * 0.08f, theme::skyBlue);
    } else if (name == "tub") {
        // The biggest volume: a wide tub filled with water, wider than the picture's other things.
        sf::ConvexShape tub(4);
        tub.setPoint(0, {c.x - s * 0.48f, c.y - s * 0.22f});
        tub.setPoint(1, {c.x + s * 0.48f, c.y - s * 0.22f});
        tub.setPoint(2, {c.x + s * 0.38f, c.y + s * 0.32f});
        tub.setPoint(3, {c.x - s * 0.38f, c.y + s * 0.32f});
        tub.setFillColor(sf::Color(0xEE, 0xF6, 0xFB));
        tub.setOutlineColor(theme::ink);
        tub.setOutlineThickness(3.f);
        t.draw(tub);
        box(t, {c.x, c.y + s * 0.07f}, s * 0.76f, s * 0.4f, theme::skyBlue, 4.f);
        box(t, {c.x - s * 0.5f, c.y - s * 0.22f}, s * 0.1f, s * 0.08f, sf::Color(0x9C, 0xA3, 0xAB), 2.f);
        box(t, {c.x + s * 0.5f, c.y - s * 0.22f}, s * 0.1f, s * 0.08f, sf::Color(0x9C, 0xA3, 0xAB), 2.f);
    } else if (name == "bucket") {
        glass(t, c, s * 1.05f, 0.85f);
        drawThickLine(t, {c.x - s * 0.3f, c.y - s * 0.42f}, {c.x, c.y - s * 0.62f}, 3.f, theme::ink);
        drawThickLine(t, {c.x, c.y - s * 0.62f}, {c.x + s * 0.3f, c.y - s * 0.42f}, 3.f, theme::ink);
    } else if (name == "phone" || name == "screen") {
        box(t, c, s * 0.42f, s * 0.78f, name == "phone" ? theme::skyBlue : sf::Color(0x4A, 0x4A, 0x5C),
            s * 0.08f);
        box(t, c, s * 0.32f, s * 0.56f, sf::Color(0xFF, 0xFF, 0xF4), s * 0.04f);
        if (name == "screen")
            drawThickLine(t, {c.x - s * 0.12f, c.y - s * 0.2f}, {c.x + s * 0.1f, c.y + s * 0.18f}, 3.f,
                          theme::ink);
    } else if (name == "battery") {
        box(t, c, s * 0.4f, s * 0.7f, theme::bluishGreen, 8.f);
        box(t, {c.x, c.y - s * 0.4f}, s * 0.16f, s * 0.08f, theme::ink, 2.f);
        drawThickLine(t, {c.x + s * 0.06f, c.y - s * 0.2f}, {c.x - s * 0.08f, c.y + s * 0.02f}, 4.f,
                      theme::yellow);
        drawThickLine(t, {c.x - s * 0.08f, c.y + s * 0.02f}, {c.x + s * 0.08f, c.y}, 4.f, theme::yellow);
        drawThickLine(t, {c.x + s * 0.08f, c.y}, {c.x - s * 0.06f, c.y + s * 0.22f}, 4.f, theme::yellow);
    } else if (name == "bin") {
        box(t, {c.x, c.y + s * 0.08f}, s * 0.56f, s * 0.62f, sf::Color(0x6B, 0x6B, 0x7A), 6.f);
        box(t, {c.x, c.y - s * 0.28f}, s * 0.68f, s * 0.1f, sf::Color(0x6B, 0x6B, 0x7A), 3.f);
    } else if (name == "collection_box") {
        box(t, c, s * 0.7f, s * 0.6f, theme::bluishGreen, 8.f);
        drawStageIcon(t, "recovery", c, s * 0.5f);
    } else if (name == "drawer" || name == "rock") {
        drawStageIcon(t, name == "drawer" ? "endoflife" : "extraction", c, s);
    } else if (name == "gold") {
        drawCircle(t, c, s * 0.3f, theme::yellow, theme::ink, 4.f);
        drawCircle(t, c, s * 0.18f, sf::Color::Transparent, sf::Color(0xB8, 0x8A, 0x00), 3.f);
    } else if (name == "repair") {
        drawThickLine(t, {c.x - s * 0.3f, c.y + s * 0.3f}, {c.x + s * 0.2f, c.y - s * 0.2f}, s * 0.1f,
                      theme::inkSoft);
        drawCircle(t, {c.x + s * 0.24f, c.y - s * 0.24f}, s * 0.12f, theme::orange, theme::ink, 3.f);
    } else if (name == "video") {
        box(t, c, s * 0.8f, s * 0.5f, theme::vermillion, 10.f);
        sf::ConvexShape play(3);
        play.setPoint(0, {c.x - s * 0.1f, c.y - s * 0.14f});
        play.setPoint(1, {c.x + s * 0.16f, c.y});
        play.setPoint(2, {c.x - s * 0.1f, c.y + s * 0.14f});
        play.setFillColor(sf::Color::White);
        t.draw(play);
    } else if (name == "message") {
        box(t, c, s * 0.8f, s * 0.5f, sf::Color::White, 14.f);
        for (float dy : {-0.08f, 0.08f})
            drawThickLine(t, {c.x - s * 0.25f, c.y + s * dy}, {c.x + s * 0.25f, c.y + s * dy}, 3.f,
                          theme::inkSoft);
    } else if (name == "photo") {
        box(t, c, s * 0.8f, s * 0.6f, sf::Color(0xCF, 0xEB, 0xF8), 6.f);
        drawCircle(t, {c.x + s * 0.2f, c.y - s * 0.12f}, s * 0.08f, theme::yellow);
        sf::ConvexShape hill(3);
        hill.setPoint(0, {c.x - s * 0.35f, c.y + s * 0.26f});
        hill.setPoint(1, {c.x - s * 0.05f, c.y - s * 0.05f});
        hill.setPoint(2, {c.x + s * 0.3f, c.y + s * 0.26f});
        hill.setFillColor(theme::bluishGreen);
        t.draw(hill);
    } else if (name == "wifi" || name == "antenna") {
        if (name == "antenna")
            drawThickLine(t, {c.x, c.y - s * 0.1f}, {c.x, c.y + s * 0.4f}, 5.f, theme::ink);
        for (int i = 1; i <= 3; ++i) {
            const float r = s * 0.13f * static_cast<float>(i);
            V previous;
            for (int k = 0; k <= 8; ++k) {
                const float a = 3.14159f * (1.25f + 0.5f * static_cast<float>(k) / 8.f);
                V p{c.x + r * std::cos(a), c.y + s * 0.1f + r * std::sin(a)};
                if (k > 0)
                    drawThickLine(t, previous, p, 4.f, name == "wifi" ? theme::blue : theme::vermillion);
                previous = p;
            }
        }
        drawCircle(t, {c.x, c.y + s * 0.1f}, 5.f, theme::ink);
    }
}

sf::Color voteColour(int index) {
    static const sf::Color colours[4] = {theme::orange, theme::skyBlue, theme::bluishGreen,
                                         theme::reddishPurple};
    return colours[index & 3];
}

void drawVoteShape(sf::RenderTarget& t, int index, sf::Vector2f c, float s) {
    sf::ConvexShape shape;
    switch (index & 3) {
    case 0: // ▲
        shape.setPointCount(3);
        shape.setPoint(0, {c.x, c.y - s * 0.5f});
        shape.setPoint(1, {c.x + s * 0.5f, c.y + s * 0.4f});
        shape.setPoint(2, {c.x - s * 0.5f, c.y + s * 0.4f});
        break;
    case 1: // ●
        drawCircle(t, c, s * 0.45f, voteColour(1), theme::ink, 4.f);
        return;
    case 2: // ■
        shape.setPointCount(4);
        shape.setPoint(0, {c.x - s * 0.4f, c.y - s * 0.4f});
        shape.setPoint(1, {c.x + s * 0.4f, c.y - s * 0.4f});
        shape.setPoint(2, {c.x + s * 0.4f, c.y + s * 0.4f});
        shape.setPoint(3, {c.x - s * 0.4f, c.y + s * 0.4f});
        break;
    default: // ◆
        shape.setPointCount(4);
        shape.setPoint(0, {c.x, c.y - s * 0.5f});
        shape.setPoint(1, {c.x + s * 0.5f, c.y});
        shape.setPoint(2, {c.x, c.y + s * 0.5f});
        shape.setPoint(3, {c.x - s * 0.5f, c.y});
        break;
    }
    shape.setFillColor(voteColour(index));
    shape.setOutlineColor(theme::ink);
    shape.setOutlineThickness(4.f);
    t.draw(shape);
}

} // namespace mobi
