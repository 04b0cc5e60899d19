// SPDX-License-Identifier: GPL-3.0-or-later
// Draws Le Tiroir: the chest of drawers at the left with its open drawer and
// the sleeping phones standing in it (each showing its state), the slingshot
// with the phone in its pouch and the arc a throw would follow, the places on
// the floor with their signs in pictures, the sea and its mysterious boat, and
// while a phone is away on the boat, its tracker crossing the sea. At the end,
// where the child's phones went, and the world's e-waste: about 2 in 10
// properly recycled (F6).
#pragma once

#include "levels/LevelView.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/TextCache.hpp"

namespace mobi {

class DrawerView : public LevelView {
public:
    void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    // Above the chest of drawers, left of the slingshot's highest throws.
    sf::FloatRect hintArea(const LevelSim&) const override { return {20.f, 76.f, 500.f, 270.f}; }
    float titleWidth() const override {
        return 240.f;
    } // "THE DRAWER" in large capitals; the counters need the rest
    bool hasEndPicture() const override { return true; }
    void drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                        const sf::FloatRect& box) const override;

private:
    void drawSling(ShapeBatch& b, const LevelSim& sim, const ViewContext& ctx) const;
    mutable TextCache m_texts;
    mutable ShapeBatch m_scene, m_front; // reused every frame: no allocation once warm
};

} // namespace mobi
