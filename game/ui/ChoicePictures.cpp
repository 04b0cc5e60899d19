// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChoicePictures.hpp"

#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

namespace mobi {
namespace {

sf::Vector2f at(const sf::FloatRect& r, float x, float y) {
    return {r.left + r.width * x, r.top + r.height * y};
}

void glue(sf::RenderTarget& t, const sf::FloatRect& r) {
    ShapeBatch b; // a tube lying slantwise, its nozzle up-right, a drop falling from it
    b.polygon({at(r, 0.1f, 0.62f), at(r, 0.55f, 0.25f), at(r, 0.72f, 0.45f), at(r, 0.27f, 0.82f)},
              theme::skyBlue, theme::ink, 2.5f);
    b.polygon({at(r, 0.55f, 0.25f), at(r, 0.8f, 0.12f), at(r, 0.86f, 0.2f), at(r, 0.72f, 0.45f)},
              theme::orange, theme::ink, 2.5f);
    b.circle(at(r, 0.84f, 0.62f), r.width * 0.09f, sf::Color::White, theme::ink, 2.5f);
    b.draw(t);
}

void screw(sf::RenderTarget& t, const sf::FloatRect& r) {
    ShapeBatch b; // a head with its cross, a threaded shank below
    b.polygon({at(r, 0.36f, 0.42f), at(r, 0.64f, 0.42f), at(r, 0.56f, 0.96f), at(r, 0.44f, 0.96f)},
              sf::Color(0xCF, 0xD4, 0xDA), theme::ink, 2.5f);
    for (float y : {0.52f, 0.66f, 0.8f})
        b.line(at(r, 0.34f, y), at(r, 0.66f, y + 0.07f), 3.5f, theme::ink);
    b.circle(at(r, 0.5f, 0.27f), r.width * 0.27f, sf::Color(0xCF, 0xD4, 0xDA), theme::ink, 3.f);
    b.line(at(r, 0.34f, 0.27f), at(r, 0.66f, 0.27f), 5.f, theme::ink);
    b.line(at(r, 0.5f, 0.11f), at(r, 0.5f, 0.43f), 5.f, theme::ink);
    b.draw(t);
}

void pickaxe(sf::RenderTarget& t, const sf::FloatRect& r) {
    ShapeBatch b; // a pickaxe over a rock
    b.polygon({at(r, 0.1f, 0.95f), at(r, 0.2f, 0.68f), at(r, 0.5f, 0.6f), at(r, 0.72f, 0.95f)},
              sf::Color(0x9A, 0x93, 0x8C), theme::ink, 2.5f);
    b.line(at(r, 0.3f, 0.78f), at(r, 0.78f, 0.18f), 6.f, sf::Color(0xD8, 0x9A, 0x4E));
    b.polygon({at(r, 0.46f, 0.1f), at(r, 0.98f, 0.34f), at(r, 0.78f, 0.22f)}, theme::inkSoft, theme::ink,
              2.f);
    b.draw(t);
}

void cleanWater(sf::RenderTarget& t, const sf::FloatRect& r) {
    ShapeBatch b; // a clean drop of water and a leaf
    b.circle(at(r, 0.42f, 0.62f), r.width * 0.26f, theme::skyBlue, theme::ink, 2.5f);
    b.polygon({at(r, 0.2f, 0.52f), at(r, 0.42f, 0.08f), at(r, 0.64f, 0.52f)}, theme::skyBlue);
    b.line(at(r, 0.2f, 0.52f), at(r, 0.42f, 0.08f), 2.5f, theme::ink);
    b.line(at(r, 0.42f, 0.08f), at(r, 0.64f, 0.52f), 2.5f, theme::ink);
    b.regular(at(r, 0.8f, 0.3f), r.width * 0.16f, 4, 0.6f, theme::bluishGreen, theme::ink, 2.f);
    b.draw(t);
}

void oldPhone(sf::RenderTarget& t, const sf::FloatRect& r) {
    t.draw(
        roundedRect({r.left + r.width * 0.28f, r.top + r.height * 0.06f, r.width * 0.44f, r.height * 0.88f},
                    r.width * 0.08f, theme::inkSoft, theme::ink, 2.5f));
    t.draw(
        roundedRect({r.left + r.width * 0.34f, r.top + r.height * 0.16f, r.width * 0.32f, r.height * 0.56f},
                    3.f, sf::Color(0x9C, 0xB4, 0xC4), theme::ink, 2.f));
    drawCircle(t, at(r, 0.5f, 0.83f), r.width * 0.05f, theme::ink);
}

} // namespace

ChoicePicture choicePicture(const std::string& name) {
    if (name == "glue") return glue;
    if (name == "screws") return screw;
    if (name == "mine.classic") return pickaxe;
    if (name == "mine.responsible") return cleanWater;
    if (name == "mine.urban") return oldPhone;
    return {};
}

} // namespace mobi
