// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StageIcons.hpp"

#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/ConvexShape.hpp>

#include <cmath>

namespace mobi {
namespace {

sf::ConvexShape polygon(std::initializer_list<sf::Vector2f> points, sf::Vector2f c, float s, sf::Color fill) {
    sf::ConvexShape shape(points.size());
    std::size_t i = 0;
    for (const auto& p : points)
        shape.setPoint(i++, {c.x + p.x * s, c.y + p.y * s});
    shape.setFillColor(fill);
    shape.setOutlineColor(theme::ink);
    shape.setOutlineThickness(std::max(2.f, s * 0.05f));
    return shape;
}

void mine(sf::RenderTarget& t, sf::Vector2f c, float s) {
    t.draw(polygon({{-0.5f, 0.35f}, {-0.1f, -0.35f}, {0.1f, -0.1f}, {0.22f, -0.25f}, {0.5f, 0.35f}}, c, s,
                   sf::Color(0xB0, 0x8B, 0x5E)));
    drawCircle(t, {c.x - 0.05f * s, c.y + 0.18f * s}, 0.07f * s, theme::yellow, theme::ink, 2.f);
    drawCircle(t, {c.x + 0.2f * s, c.y + 0.22f * s}, 0.05f * s, theme::skyBlue, theme::ink, 2.f);
}

void factory(sf::RenderTarget& t, sf::Vector2f c, float s) {
    t.draw(polygon({{-0.45f, 0.35f},
                    {-0.45f, -0.05f},
                    {-0.2f, 0.1f},
                    {-0.2f, -0.05f},
                    {0.05f, 0.1f},
                    {0.05f, -0.35f},
                    {0.25f, -0.35f},
                    {0.25f, 0.35f}},
                   c, s, theme::reddishPurple));
    drawCircle(t, {c.x + 0.32f * s, c.y - 0.42f * s}, 0.08f * s, sf::Color(0xCC, 0xCC, 0xCC), theme::ink,
               2.f);
    t.draw(
        polygon({{0.25f, 0.35f}, {0.25f, 0.0f}, {0.45f, 0.0f}, {0.45f, 0.35f}}, c, s, theme::reddishPurple));
}

void ship(sf::RenderTarget& t, sf::Vector2f c, float s) {
    t.draw(polygon({{-0.5f, 0.05f}, {0.5f, 0.05f}, {0.35f, 0.3f}, {-0.38f, 0.3f}}, c, s, theme::blue));
    t.draw(
        polygon({{-0.3f, 0.05f}, {-0.3f, -0.15f}, {-0.05f, -0.15f}, {-0.05f, 0.05f}}, c, s, theme::orange));
    t.draw(polygon({{0.0f, 0.05f}, {0.0f, -0.3f}, {0.25f, -0.3f}, {0.25f, 0.05f}}, c, s, theme::bluishGreen));
}

void pocket(sf::RenderTarget& t, sf::Vector2f c, float s) {
    t.draw(roundedRect({c.x - 0.18f * s, c.y - 0.2f * s, 0.36f * s, 0.55f * s}, 0.07f * s, theme::skyBlue,
                       theme::ink, std::max(2.f, s * 0.05f)));
    // Signal waves above the phone.
    for (int i = 1; i <= 2; ++i) {
        const float r = 0.12f * s * static_cast<float>(i);
        sf::Vector2f previous;
        for (int k = 0; k <= 8; ++k) {
            const float a = 3.14159f * (1.25f + 0.5f * static_cast<float>(k) / 8.f);
            sf::Vector2f p{c.x + r * std::cos(a), c.y - 0.22f * s + r * std::sin(a)};
            if (k > 0) drawThickLine(t, previous, p, std::max(2.f, s * 0.05f), theme::ink);
            previous = p;
        }
    }
}

void drawer(sf::RenderTarget& t, sf::Vector2f c, float s) {
    t.draw(roundedRect({c.x - 0.45f * s, c.y - 0.3f * s, 0.9f * s, 0.6f * s}, 0.05f * s, theme::orange,
                       theme::ink, std::max(2.f, s * 0.05f)));
    t.draw(roundedRect({c.x - 0.36f * s, c.y - 0.05f * s, 0.72f * s, 0.28f * s}, 0.04f * s,
                       sf::Color(0xF5, 0xC8, 0x6A), theme::ink, 2.f));
    drawThickLine(t, {c.x - 0.1f * s, c.y + 0.08f * s}, {c.x + 0.1f * s, c.y + 0.08f * s},
                  std::max(3.f, s * 0.06f), theme::ink);
}

void recycle(sf::RenderTarget& t, sf::Vector2f c, float s) {
    const float r = 0.3f * s;
    for (int k = 0; k < 3; ++k) {
        const float start = static_cast<float>(k) * 2.0944f;
        sf::Vector2f previous;
        for (int i = 0; i <= 6; ++i) {
            const float a = start + 1.6f * static_cast<float>(i) / 6.f;
            sf::Vector2f p{c.x + r * std::cos(a), c.y + r * std::sin(a)};
            if (i > 0) drawThickLine(t, previous, p, std::max(4.f, s * 0.1f), theme::bluishGreen);
            previous = p;
        }
        const float a = start + 1.6f;
        sf::Vector2f tip{c.x + r * std::cos(a), c.y + r * std::sin(a)};
        sf::Vector2f dir{-std::sin(a), std::cos(a)};
        sf::Vector2f side{std::cos(a), std::sin(a)};
        sf::ConvexShape head(3);
        head.setPoint(0, tip + dir * (0.16f * s));
        head.setPoint(1, tip + side * (0.12f * s));
        head.setPoint(2, tip - side * (0.12f * s));
        head.setFillColor(theme::bluishGreen);
        t.draw(head);
    }
}

} // namespace

void drawStageIcon(sf::RenderTarget& target, const std::string& stage, sf::Vector2f centre, float size) {
    probeFigure(target, {centre.x - size / 2.f, centre.y - size / 2.f, size, size}, "icon " + stage);
    if (stage == "extraction")
        mine(target, centre, size);
    else if (stage == "production")
        factory(target, centre, size);
    else if (stage == "transport")
        ship(target, centre, size);
    else if (stage == "use")
        pocket(target, centre, size);
    else if (stage == "endoflife")
        drawer(target, centre, size);
    else if (stage == "recovery")
        recycle(target, centre, size);
}

} // namespace mobi
