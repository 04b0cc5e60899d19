// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Hud.hpp"

#include "content/StringTable.hpp"
#include "ui/Shapes.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>

namespace mobi::hud {

void progressBar(sf::RenderTarget& target, const sf::FloatRect& rect, float fraction) {
    gauge(target, rect, fraction, theme::bluishGreen);
}

void gauge(sf::RenderTarget& target, const sf::FloatRect& rect, float fraction, sf::Color fill) {
    const float r = std::min(rect.height, rect.width) / 2.f;
    target.draw(roundedRect(rect, r, theme::card, theme::ink, 3.f));
    fraction = std::clamp(fraction, 0.f, 1.f);
    if (fraction > 0.f)
        target.draw(roundedRect({rect.left, rect.top, std::max(2.f * r, rect.width * fraction), rect.height},
                                r, fill, theme::ink, 3.f));
}

void thermometer(sf::RenderTarget& target, const sf::FloatRect& rect, float fraction) {
    // A tube and its bulb; the red climbs with the heat.
    const float bulb = rect.width * 0.9f;
    const sf::FloatRect tube{rect.left + rect.width * 0.25f, rect.top, rect.width * 0.5f,
                             rect.height - bulb * 0.8f};
    const sf::Vector2f bulbCentre{rect.left + rect.width / 2.f, rect.top + rect.height - bulb / 2.f};
    target.draw(roundedRect(tube, tube.width / 2.f, theme::card, theme::ink, 3.f));
    const float level = tube.height * std::clamp(fraction, 0.f, 1.f);
    if (level > 0.f)
        target.draw(
            roundedRect({tube.left, tube.top + tube.height - level, tube.width, level + tube.width / 2.f},
                        tube.width / 2.f, theme::vermillion));
    drawCircle(target, bulbCentre, bulb / 2.f, theme::vermillion, theme::ink, 3.f);
}

void line(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler, const std::string& key,
          const std::string& text, const sf::FloatRect& box, Align align, bool bold) {
    TextSpec spec{theme::TextRole::Small, box.width, theme::ink, align, bold};
    spec.maxLines = 1;
    spec.maxHeight = box.height;
    TextBlock& block = cache.get(key, styler, text, spec);
    block.centreVertically(box.left, box.top, box.height);
    target.draw(block);
}

void counter(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler, const std::string& key,
             const sf::FloatRect& box, const std::function<void(sf::Vector2f)>& icon, const std::string& word,
             int number) {
    const float iconSize = std::min(box.height, 32.f);
    icon({box.left + iconSize / 2.f, box.top + box.height / 2.f});
    const float numberWidth = 52.f;
    line(target, cache, styler, key + ".word", word,
         {box.left + iconSize + 10.f, box.top, box.width - iconSize - 10.f - numberWidth, box.height},
         Align::Left, false);
    line(target, cache, styler, key + ".number", std::to_string(number),
         {box.left + box.width - numberWidth, box.top, numberWidth, box.height}, Align::Right, true);
}

void phaseDots(sf::RenderTarget& target, sf::Vector2f first, int count, int current) {
    for (int i = 0; i < count; ++i) {
        const bool done = i < current, now = i == current;
        drawCircle(target, {first.x + 34.f * static_cast<float>(i), first.y}, now ? 13.f : 10.f,
                   done  ? theme::bluishGreen
                   : now ? theme::yellow
                         : theme::card,
                   theme::ink, 3.f);
    }
}

void goalCount(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler, const Strings& strings,
               const std::string& stringId, int count, int goal, float fraction) {
    progressBar(target, {310.f, 18.f, 260.f, 30.f}, fraction);
    line(target, cache, styler, "count",
         strings.get(stringId, {{"count", std::to_string(count)}, {"goal", std::to_string(goal)}}),
         {582.f, 4.f, 250.f, 56.f});
}

void challengeClock(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler,
                    const Strings& strings, float secondsLeft) {
    const int s = static_cast<int>(std::ceil(secondsLeft));
    const std::string seconds = (s % 60 < 10 ? "0" : "") + std::to_string(s % 60);
    line(target, cache, styler, "timer",
         strings.get("hud.timer", {{"minutes", std::to_string(s / 60)}, {"seconds", seconds}}),
         {900.f, 4.f, 150.f, 56.f}, Align::Right);
}

} // namespace mobi::hud
