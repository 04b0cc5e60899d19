// Draws La Mine: the sky and the mine pit, the hopper, the tilting sieve, the
// rocks and nuggets (one batch), the funnel, Mobi with the bucket, the spoil
// heap that grows and the river that turns muddy; and the nugget counters.
#pragma once

#include "levels/LevelView.hpp"
#include "ui/ShapeBatch.hpp"
#include "ui/TextCache.hpp"

namespace mobi {

class MineRules;

class MineView : public LevelView {
public:
    void draw(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    void drawHud(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const override;
    std::string idleHint(const LevelSim& sim) const override;
    // Right of the sieve (its right end reaches 20 m, 800 px), above the far hills.
    sf::FloatRect hintArea(const LevelSim&) const override { return {820.f, 80.f, 440.f, 160.f}; }

    // The look of each metal: a colour and a shape, so colour is never the only cue.
    static sf::Color metalColour(int metal);
    static int metalCorners(int metal); // 0 for a round nugget

private:
    void drawScenery(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawBodies(sf::RenderTarget& target, const LevelSim& sim) const;
    void drawBucket(sf::RenderTarget& target, const LevelSim& sim, const ViewContext& ctx) const;
    void drawLegend(sf::RenderTarget& target, const MineRules& rules, const ViewContext& ctx) const;

    mutable ShapeBatch m_batch; // reused every frame: no allocation once warm
    mutable TextCache m_texts;  // HUD counters, laid out again only when they change
};

} // namespace mobi
