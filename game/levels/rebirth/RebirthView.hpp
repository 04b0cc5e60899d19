// SPDX-License-Identifier: GPL-3.0-or-later
// Draws La Renaissance, phase by phase: the repair bench seen from above (Mobi
// face down, its back, screws, batteries), the recycler seen from the side
// (shredder, magnet, water tank, medal mould) and the podium of the 5R. What
// shapes say by themselves (walls, tank, specks, the collection box) the
// painter draws from the level file's styles.
#pragma once

#include "levels/BodyPainter.hpp"
#include "levels/LevelView.hpp"
#include "ui/TextCache.hpp"

namespace mobi {

class RebirthRules;

class RebirthView : public LevelView {
public:
    void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    sf::FloatRect hintArea(const LevelSim& sim) const override;
    // "La Renaissance" in OpenDyslexic capitals at the largest size needs more than 270 px.
    float titleWidth() const override { return 300.f; }
    bool hasEndPicture() const override { return true; }
    // Mobi repaired; the iron and gold the recycler won back; the rare metals it lost (RebirthViewEnd.cpp).
    void drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                        const sf::FloatRect& box) const override;

private:
    void drawBench(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawRecycler(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawPodium(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;

    // A label centred on a point, from the text cache (laid out once, not every frame).
    void label(sf::RenderTarget& t, const ViewContext& ctx, const std::string& key, const std::string& s,
               sf::Vector2f centre, float width, sf::Color colour = theme::ink, float height = 60.f) const;

    BodyPainter m_painter;
    mutable TextCache m_texts;
};

} // namespace mobi
