// SPDX-License-Identifier: GPL-3.0-or-later
// Draws L'Usine: a factory hall, the conveyor belt with its rollers and the
// way back under it, the phone in its jig with an outline where each part
// goes (the next places glowing), the parts themselves (a frame, a green board
// with its chips, a battery, a camera, a speaker, a screen), the glue or the
// screws, Mobi watching, and Mobi's footprint jar filling; at the end, the
// phone made and the jar in pictures.
#pragma once

#include "levels/LevelView.hpp"
#include "ui/TextCache.hpp"

namespace mobi {

class FactoryView : public LevelView {
public:
    void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    // Top left, above the belt and left of the phone; the jar stands under it.
    sf::FloatRect hintArea(const LevelSim&) const override { return {24.f, 80.f, 600.f, 160.f}; }
    bool hasEndPicture() const override { return true; }
    void drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                        const sf::FloatRect& box) const override;

private:
    void drawJar(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                 const sf::FloatRect& glass, float labelWidth) const;
    mutable TextCache m_texts;
};

} // namespace mobi
