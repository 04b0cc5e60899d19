// SPDX-License-Identifier: GPL-3.0-or-later
// La Renaissance's end panel in pictures: Mobi repaired and proud; what the
// recycler won back (iron on the magnet, gold in a medal); and the rare
// metals, most of them lost — recycling is needed, but it cannot bring
// everything back, so repairing comes first.
#include "levels/rebirth/RebirthRules.hpp"
#include "levels/rebirth/RebirthView.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <string>

namespace mobi {

void RebirthView::drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                                 const sf::FloatRect& box) const {
    const auto& rules = static_cast<const RebirthRules&>(sim.rules());
    const float gap = 16.f, w = (box.width - 2.f * gap) / 3.f, art = box.height * 0.62f;
    auto tile = [&](int i) {
        return sf::FloatRect{box.left + (w + gap) * static_cast<float>(i), box.top, w, box.height};
    };

    // Mobi, repaired: a new battery, a second life.
    const sf::FloatRect mobi = tile(0);
    endTile(target, m_texts, ctx, "mobi", mobi, "");
    ViewContext proud = ctx;
    proud.feeling = MobiMood::Feeling::Proud;
    proud.feelingStrength = 0.f; // still: a picture, not a hop
    drawLevelMobi(target, {mobi.left + mobi.width / 2.f, mobi.top + mobi.height - 18.f}, mobi.height * 0.62f,
                  proud);

    // Won back: iron on the magnet, gold in the medal mould.
    const sf::FloatRect back = tile(1);
    endTile(target, m_texts, ctx, "back", back,
            std::to_string(rules.ironCaught()) + " + " + std::to_string(rules.goldInMould()));
    const sf::Vector2f magnet{back.left + back.width * 0.3f, back.top + art * 0.45f};
    target.draw(
        roundedRect({magnet.x - 30.f, magnet.y - 22.f, 60.f, 30.f}, 8.f, theme::orange, theme::ink, 3.f));
    ShapeBatch iron;
    for (int i = 0; i < 3; ++i)
        iron.regular({magnet.x - 18.f + 18.f * static_cast<float>(i), magnet.y + 22.f}, 8.f, 4, 0.f,
                     sf::Color(0x8E, 0x96, 0xA3), theme::ink, 2.f);
    iron.draw(target);
    const sf::Vector2f medal{back.left + back.width * 0.72f, back.top + art * 0.5f};
    drawThickLine(target, {medal.x - 12.f, medal.y - 46.f}, {medal.x, medal.y - 20.f}, 8.f, theme::skyBlue);
    drawThickLine(target, {medal.x + 12.f, medal.y - 46.f}, {medal.x, medal.y - 20.f}, 8.f, theme::skyBlue);
    drawCircle(target, medal, 24.f, theme::yellow, theme::ink, 3.f);
    probeFigure(target, {back.left + 10.f, back.top + 8.f, back.width - 20.f, art - 8.f}, "won back picture");

    // Rare metals: ten specks, the lost share grey and hollow.
    const sf::FloatRect rare = tile(2);
    const int kept = rules.rareEarthsKept(), lost = rules.rareEarthsLost();
    const int total = std::max(1, kept + lost);
    const int keptOfTen = std::clamp((kept * 10 + total / 2) / total, kept > 0 ? 1 : 0, 10);
    endTile(target, m_texts, ctx, "rare", rare, std::to_string(kept) + " / " + std::to_string(kept + lost));
    ShapeBatch specks;
    for (int i = 0; i < 10; ++i) {
        const sf::Vector2f c{rare.left + rare.width * (0.14f + 0.18f * static_cast<float>(i % 5)),
                             rare.top + art * (i < 5 ? 0.32f : 0.7f)};
        const bool saved = i < keptOfTen;
        specks.regular(c, 13.f, 3, -1.5708f,
                       saved ? sf::Color(0xCC, 0x79, 0xA7) : sf::Color(0xFF, 0xFF, 0xFF),
                       saved ? theme::ink : sf::Color(0x9A, 0x9A, 0xA6), 2.5f);
    }
    specks.draw(target);
    probeFigure(target, {rare.left + 10.f, rare.top + 8.f, rare.width - 20.f, art - 8.f},
                "rare metals picture");
}

} // namespace mobi
