// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FootprintJar.hpp"

#include "ui/LayoutProbe.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {
namespace {
constexpr float kCloudUnit = 0.2f;  // a ship's or train's cloud, as a share of the glass's width
constexpr float kCloudStep = 1.05f; // each cloud rises this many of its radii above the one below
} // namespace

namespace {

const sf::Color kGlass(0xEE, 0xF6, 0xFA), kEarlier(0x6E, 0x62, 0x58), kAdded(0x9C, 0x8C, 0x7E);

// A footprint (a sole and five toes) on the glass: what the jar measures.
void footprintIcon(sf::RenderTarget& target, sf::Vector2f c, float size, sf::Color colour) {
    ShapeBatch batch;
    std::vector<sf::Vector2f> sole;
    for (int i = 0; i < 12; ++i) {
        const float a = 6.2832f * static_cast<float>(i) / 12.f;
        sole.push_back({c.x + size * 0.28f * std::cos(a), c.y + size * 0.22f + size * 0.42f * std::sin(a)});
    }
    batch.polygon(sole, colour);
    const float toes[5][3] = {{-0.26f, -0.36f, 0.11f},
                              {-0.09f, -0.44f, 0.09f},
                              {0.06f, -0.45f, 0.08f},
                              {0.19f, -0.40f, 0.07f},
                              {0.29f, -0.31f, 0.06f}};
    for (const auto& t : toes)
        batch.circle({c.x + size * t[0], c.y + size * t[1]}, size * t[2], colour);
    batch.draw(target);
}

} // namespace

float cloudRadius(float unitRadius, float size) { return unitRadius * std::sqrt(std::max(0.f, size)); }

void drawCloudPuff(sf::RenderTarget& target, sf::Vector2f c, float unitRadius, float size) {
    // Three round lobes and a flat base: the area is about that of one circle of this radius.
    const float r = cloudRadius(unitRadius, size) * 0.62f;
    ShapeBatch puff;
    const sf::Color grey(0x9A, 0x9A, 0xA6), edge = theme::inkSoft;
    const float lobes[3][3] = {{-0.75f, 0.2f, 0.8f}, {0.f, -0.25f, 1.f}, {0.75f, 0.2f, 0.8f}};
    for (const auto& l : lobes)
        puff.circle({c.x + r * l[0], c.y + r * l[1]}, r * l[2] + 2.f, edge, sf::Color::Transparent, 0.f, 16);
    for (const auto& l : lobes)
        puff.circle({c.x + r * l[0], c.y + r * l[1]}, r * l[2], grey, sf::Color::Transparent, 0.f, 16);
    puff.draw(target);
}

float cloudsHeight(float glassWidth, const std::vector<float>& clouds) {
    float h = 0.f;
    for (float c : clouds)
        h += cloudRadius(glassWidth * kCloudUnit, c) * kCloudStep;
    return h;
}

void drawFootprintJar(sf::RenderTarget& target, TextCache& texts, const TextStyler& styler,
                      const sf::FloatRect& glass, const JarFill& fill, const std::vector<JarMark>& marks,
                      float labelWidth, JarLabels place) {
    const float neck = glass.height * 0.12f;
    const sf::FloatRect body{glass.left, glass.top + neck, glass.width, glass.height - neck};
    drawPanel(target, {glass.left + glass.width * 0.18f, glass.top, glass.width * 0.64f, neck + 10.f}, 6.f,
              kGlass, theme::ink, 3.f);
    drawPanel(target, body, glass.width * 0.16f, kGlass, theme::ink, 4.f);
    // The content, from the bottom: what earlier levels put in, then this level's share.
    const float inner = body.height - 12.f, bottom = body.top + body.height - 6.f;
    auto layer = [&](float from, float to, sf::Color colour) {
        from = std::clamp(from, 0.f, 1.f);
        to = std::clamp(to, 0.f, 1.f);
        if (to <= from) return;
        sf::RectangleShape r({body.width - 12.f, inner * (to - from)});
        r.setPosition(body.left + 6.f, bottom - inner * to);
        r.setFillColor(colour);
        target.draw(r);
    };
    layer(0.f, fill.before, kEarlier);
    layer(fill.before, fill.before + fill.added, kAdded);
    // What earlier levels put in is dotted too, so the two layers differ by more than a shade.
    if (fill.before > 0.f) {
        ShapeBatch dots;
        const float top = bottom - inner * std::min(fill.before, 1.f);
        for (float y = bottom - 8.f; y > top + 4.f; y -= 14.f)
            for (float x = body.left + 14.f; x < body.left + body.width - 10.f; x += 14.f)
                dots.circle({x + (static_cast<int>(y) / 14 % 2 ? 7.f : 0.f), y}, 2.5f,
                            sf::Color(0xFF, 0xFF, 0xFF, 0xA0), sf::Color::Transparent, 0.f, 6);
        dots.draw(target);
    }
    footprintIcon(target, {body.left + body.width / 2.f, body.top + body.height * 0.58f},
                  std::min(body.width * 0.7f, body.height * 0.3f), theme::ink);
    float below = glass.top + glass.height + 10.f; // where the next label under the jar goes
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const float y = bottom - inner * std::clamp(marks[i].share, 0.f, 1.f);
        drawThickLine(target, {body.left - 8.f, y}, {body.left + body.width + 10.f, y}, 4.f, theme::ink);
        if (marks[i].label.empty() || labelWidth <= 0.f) continue;
        TextSpec spec{theme::TextRole::Small, labelWidth, theme::ink, Align::Left, true};
        if (place == JarLabels::Beside) { // shrunk to fit beside the jar at any text size
            spec.maxLines = 3;
            spec.maxHeight = glass.height * 0.7f;
        }
        TextBlock& label = texts.get("jar.mark." + std::to_string(i), styler, marks[i].label, spec);
        // Hung from its mark (the line points at its first line), so it stays beside the jar.
        sf::FloatRect box{body.left + body.width + 18.f, y - 16.f, label.size().x + 12.f,
                          label.size().y + 8.f};
        if (place == JarLabels::Below) {
            box.left = glass.left + glass.width / 2.f - box.width / 2.f;
            box.top = below;
            below += box.height + 8.f;
        }
        drawPanel(target, box, 8.f, sf::Color(0xFF, 0xFF, 0xFF, 0xE8), theme::ink, 2.f);
        label.setPosition({box.left + 6.f, box.top + 2.f});
        target.draw(label);
    }
    // The journey's clouds rise out of the neck, one above the other (they may tower over the jar).
    const float unit = glass.width * kCloudUnit;
    float y = glass.top;
    for (std::size_t i = 0; i < fill.clouds.size(); ++i) {
        const float r = cloudRadius(unit, fill.clouds[i]);
        const float x = glass.left + glass.width / 2.f + (i % 2 ? 0.25f : -0.25f) * r;
        drawCloudPuff(target, {x, y - r * 0.55f}, unit, fill.clouds[i]);
        y -= r * kCloudStep;
    }
    probeFigure(target, glass, "footprint jar");
}

} // namespace mobi
