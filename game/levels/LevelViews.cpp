// SPDX-License-Identifier: GPL-3.0-or-later
// The list of level views, matching levels/LevelRegistry.cpp.
#include "levels/LevelView.hpp"

#include "ui/Camera.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <cmath>

#include "levels/drawer/DrawerView.hpp"
#include "levels/factory/FactoryView.hpp"
#include "levels/journey/JourneyView.hpp"
#include "levels/mine/MineView.hpp"
#include "levels/pocket/PocketView.hpp"
#include "levels/rebirth/RebirthView.hpp"

namespace mobi {

void probeBody(sf::RenderTarget& target, const b2Body* body, const std::string& name, const Camera& camera) {
    if (!body || !LayoutProbe::of(target)) return;
    b2AABB box;
    bool any = false;
    for (const b2Fixture* f = body->GetFixtureList(); f; f = f->GetNext())
        for (int child = 0; child < f->GetShape()->GetChildCount(); ++child) {
            b2AABB part;
            f->GetShape()->ComputeAABB(&part, body->GetTransform(), child);
            if (any)
                box.Combine(part);
            else
                box = part;
            any = true;
        }
    if (!any) return;
    const sf::Vector2f tl = camera.toScreen(box.lowerBound.x, box.upperBound.y);
    const sf::Vector2f br = camera.toScreen(box.upperBound.x, box.lowerBound.y);
    probeScenery(target, {tl.x, tl.y, br.x - tl.x, br.y - tl.y}, name);
}

void drawLevelMobi(sf::RenderTarget& target, sf::Vector2f feet, float height, const ViewContext& ctx) {
    using Feeling = MobiMood::Feeling;
    const float s = ctx.lowDetail ? 0.f : ctx.feelingStrength;
    // A glad or proud Mobi hops (a bounce that fades with the feeling) and waves.
    const float bounce = std::abs(std::sin(static_cast<float>(ctx.time) * 9.f));
    const float hop =
        (ctx.feeling == Feeling::Glad || ctx.feeling == Feeling::Proud) ? height * 0.18f * s * bounce : 0.f;
    Mood mood = Mood::Happy;
    float wave = 0.3f;
    switch (ctx.feeling) {
    case Feeling::Glad:
        wave = 0.3f + 0.7f * s;
        break;
    case Feeling::Surprised:
        mood = Mood::Surprised;
        wave = -0.2f;
        break;
    case Feeling::Proud:
        mood = Mood::Proud;
        wave = 1.f;
        break;
    case Feeling::Sleepy:
        mood = Mood::Sleepy;
        wave = 0.f;
        break;
    case Feeling::Calm:
        break;
    }
    // drawMobi takes the body's centre; its feet are 0.68 of a height below it.
    drawMobi(target, {feet.x, feet.y - height * 0.68f - hop}, height, mood, ctx.mobi, wave);
}

void endTile(sf::RenderTarget& target, TextCache& texts, const ViewContext& ctx, const std::string& key,
             const sf::FloatRect& tile, const std::string& number) {
    drawPanel(target, tile, 16.f, sf::Color(0xFF, 0xFF, 0xFF), theme::ink, 3.f);
    if (number.empty()) return;
    TextSpec spec{theme::TextRole::Heading, tile.width - 16.f, theme::ink, Align::Centre, true};
    spec.maxLines = 1;
    spec.maxHeight = tile.height * 0.3f;
    TextBlock& text = texts.get("end." + key, ctx.text, number, spec);
    text.setPosition({tile.left + 8.f, tile.top + tile.height - text.size().y - 10.f});
    target.draw(text);
}

std::unique_ptr<LevelView> makeLevelView(const std::string& levelId) {
    if (levelId == "mine") return std::make_unique<MineView>();
    if (levelId == "factory") return std::make_unique<FactoryView>();
    if (levelId == "journey") return std::make_unique<JourneyView>();
    if (levelId == "pocket") return std::make_unique<PocketView>();
    if (levelId == "drawer") return std::make_unique<DrawerView>();
    if (levelId == "rebirth") return std::make_unique<RebirthView>();
    return nullptr;
}

} // namespace mobi
