// SPDX-License-Identifier: GPL-3.0-or-later
// Draws La Mine: the sky and the mine pit, the spoil heap that grows and the
// river that turns muddy, the level file's styled bodies (hopper, sieve,
// funnel, rocks, nuggets), Mobi with the bucket; the goal in the top band
// and the four metals' counters on the earth; at the end, the river, the
// heap and the metals in pictures.
#pragma once

#include "levels/BodyPainter.hpp"
#include "levels/LevelView.hpp"
#include "ui/TextCache.hpp"

namespace mobi {

class MineRules;

class MineView : public LevelView {
public:
    void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    // Right of the sieve (its right end reaches 20 m, 800 px), above the far hills.
    // Tall enough for the longest hint at the largest size in capitals.
    sf::FloatRect hintArea(const LevelSim&) const override { return {820.f, 80.f, 440.f, 200.f}; }
    bool hasEndPicture() const override { return true; }
    void drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                        const sf::FloatRect& box) const override;

private:
    void drawScenery(sf::RenderTarget& target, const MineRules& rules, const ViewContext& ctx) const;
    void drawBucket(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawLegend(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;

    BodyPainter m_painter;
    mutable TextCache m_texts; // counters, laid out again only when they change
};

} // namespace mobi
