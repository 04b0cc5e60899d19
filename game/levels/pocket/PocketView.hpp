// SPDX-License-Identifier: GPL-3.0-or-later
// Draws Dans ta poche: the family's phone at the top left with its quality
// button, the autoplay tap beside it, the pipes (the painter's, from the
// level file) with the network switch over the junction (a Wi-Fi sign, a 4G
// mast), the data centre with its thermometer, its water tank and its fans,
// Mobi sweating when it is too hot, and each message ball with its sign: a
// speech bubble, a picture, a play button, a spark (never colour alone). At
// the end, the thermometer's peak, the water drunk and the three controls.
#pragma once

#include "levels/BodyPainter.hpp"
#include "levels/LevelView.hpp"
#include "ui/TextCache.hpp"

namespace mobi {

class PocketView : public LevelView {
public:
    void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    // Right of the tap, over the phone's pipe, above the network switch.
    sf::FloatRect hintArea(const LevelSim&) const override { return {420.f, 76.f, 580.f, 205.f}; }
    float titleWidth() const override {
        return 300.f;
    } // "In Your Pocket" in large capitals; the counters need less
    bool hasEndPicture() const override { return true; }
    void drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                        const sf::FloatRect& box) const override;

private:
    void drawControls(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawCentre(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawJar(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                 const sf::FloatRect& glass, float labelWidth) const;
    BodyPainter m_painter;
    mutable TextCache m_texts;
};

} // namespace mobi
