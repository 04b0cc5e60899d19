// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of a level's top band and play area that every level needs:
// a progress bar, a labelled counter (an icon, a number and a word, so colour
// is never the only cue), phase dots, a gauge and a thermometer. Texts go
// through the caller's TextCache: laid out again only when they change.
#pragma once

#include "ui/TextCache.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <functional>
#include <string>

namespace mobi {
class Strings;
}

namespace mobi::hud {

// A rounded bar filled from the left, fraction 0..1.
void progressBar(sf::RenderTarget& target, const sf::FloatRect& rect, float fraction);

// Words on one line in a box, shrunk if need be (a count in the top band).
void line(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler, const std::string& key,
          const std::string& text, const sf::FloatRect& box, Align align = Align::Left, bool bold = true);

// An icon (drawn by `icon` at the centre it is given, in a square of `iconSize`),
// then a word, then a number at the right of the box.
void counter(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler, const std::string& key,
             const sf::FloatRect& box, const std::function<void(sf::Vector2f centre)>& icon,
             const std::string& word, int number);

// `count` dots, those before `current` done, `current` bigger: where in its phases a level is.
void phaseDots(sf::RenderTarget& target, sf::Vector2f firstCentre, int count, int current);

// A horizontal gauge (water drunk, CO₂ in the jar) and a thermometer (a data centre's heat), 0..1.
void gauge(sf::RenderTarget& target, const sf::FloatRect& rect, float fraction, sf::Color fill);
void thermometer(sf::RenderTarget& target, const sf::FloatRect& rect, float fraction);

// A level's goal in the top band: a bar filled to `fraction`, and beside it the
// count in words ("3 / 4 parts", the locale's `stringId` with {count} and {goal}).
void goalCount(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler, const Strings& strings,
               const std::string& stringId, int count, int goal, float fraction);

// A challenge's time left ("2:05", the locale's hud.timer) at the right of the top band.
void challengeClock(sf::RenderTarget& target, TextCache& cache, const TextStyler& styler,
                    const Strings& strings, float secondsLeft);

} // namespace mobi::hud
