// SPDX-License-Identifier: GPL-3.0-or-later
// Draws Le Grand Voyage: the world map with Mobi's route (the legs done in
// ink, the one ahead glowing), the dock below it where the parcel goes on the
// plane or the slow way, each with its cloud (a plane's about eight times the
// other's, side by side), and Mobi's footprint jar with the journey's clouds;
// the ship on the waves or the wagon over hills, the crane that fishes a
// crate back; the plane's hold and its take-off; the road to the shop. In
// the top band, four globes fill as Mobi travels (about four times round the
// world). At the end, each leg's two ways and their clouds side by side.
#pragma once

#include "levels/LevelView.hpp"
#include "ui/TextCache.hpp"

namespace mobi {

class JourneyView : public LevelView {
public:
    void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    sf::FloatRect hintArea(const LevelSim& sim) const override;
    float titleWidth() const override {
        return 320.f;
    } // "Le Grand Voyage" is long; the meter needs less room
    bool hasEndPicture() const override { return true; }
    void drawEndPicture(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx,
                        const sf::FloatRect& box) const override;

private:
    void drawMap(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawSlow(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawHold(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawRide(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    mutable TextCache m_texts;
};

} // namespace mobi
