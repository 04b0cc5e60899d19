// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers to place widgets in the 1280×720 logical space.
#pragma once

#include "core/Letterbox.hpp"

#include <SFML/Graphics/Rect.hpp>

#include <vector>

namespace mobi::layout {

// `count` rectangles of `width`×`height` stacked from `top`, centred on `centreX`.
inline std::vector<sf::FloatRect> column(float centreX, float top, float width, float height, float gap,
                                         int count) {
    std::vector<sf::FloatRect> out;
    for (int i = 0; i < count; ++i)
        out.push_back({centreX - width / 2.f, top + static_cast<float>(i) * (height + gap), width, height});
    return out;
}

// `count` rectangles side by side, the whole row centred on `centreX`.
inline std::vector<sf::FloatRect> row(float centreX, float top, float width, float height, float gap,
                                      int count) {
    std::vector<sf::FloatRect> out;
    const float total = static_cast<float>(count) * width + static_cast<float>(count - 1) * gap;
    for (int i = 0; i < count; ++i)
        out.push_back({centreX - total / 2.f + static_cast<float>(i) * (width + gap), top, width, height});
    return out;
}

// The height a button needs for its text size (never below a big hit target).
inline float buttonHeight(float textScale) { return 64.f * (textScale < 1.f ? 1.f : textScale); }

} // namespace mobi::layout
