// The list of level views, matching levels/LevelRegistry.cpp.
#include "levels/LevelView.hpp"

#include "ui/Camera.hpp"
#include "ui/LayoutProbe.hpp"

#include "levels/mine/MineView.hpp"
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

std::unique_ptr<LevelView> makeLevelView(const std::string& levelId) {
    if (levelId == "mine") return std::make_unique<MineView>();
    if (levelId == "rebirth") return std::make_unique<RebirthView>();
    return nullptr;
}

} // namespace mobi
