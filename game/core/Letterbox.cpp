// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Letterbox.hpp"

#include <cmath>

namespace mobi {

ViewportRect letterboxViewport(unsigned windowWidth, unsigned windowHeight) {
    if (windowWidth == 0 || windowHeight == 0) return {0, 0, 1, 1};
    const float windowRatio = static_cast<float>(windowWidth) / static_cast<float>(windowHeight);
    const float logicalRatio = kLogicalWidth / kLogicalHeight;
    if (windowRatio > logicalRatio) { // wider: bars left and right
        float w = logicalRatio / windowRatio;
        return {(1.f - w) / 2.f, 0.f, w, 1.f};
    }
    float h = windowRatio / logicalRatio; // taller: bars top and bottom
    return {0.f, (1.f - h) / 2.f, 1.f, h};
}

LogicalPoint windowToLogical(int px, int py, unsigned windowWidth, unsigned windowHeight) {
    ViewportRect v = letterboxViewport(windowWidth, windowHeight);
    const float left = v.left * static_cast<float>(windowWidth);
    const float top = v.top * static_cast<float>(windowHeight);
    const float width = v.width * static_cast<float>(windowWidth);
    const float height = v.height * static_cast<float>(windowHeight);
    LogicalPoint p;
    p.x = (static_cast<float>(px) - left) * kLogicalWidth / width;
    p.y = (static_cast<float>(py) - top) * kLogicalHeight / height;
    p.inside = p.x >= 0 && p.y >= 0 && p.x < kLogicalWidth && p.y < kLogicalHeight;
    return p;
}

WindowPoint logicalToWindow(float x, float y, unsigned windowWidth, unsigned windowHeight) {
    const ViewportRect v = letterboxViewport(windowWidth, windowHeight);
    const float w = static_cast<float>(windowWidth), h = static_cast<float>(windowHeight);
    const float px = v.left * w + x * v.width * w / kLogicalWidth;
    const float py = v.top * h + y * v.height * h / kLogicalHeight;
    return {static_cast<int>(std::lround(px)), static_cast<int>(std::lround(py))};
}

} // namespace mobi
