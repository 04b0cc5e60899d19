// SPDX-License-Identifier: GPL-3.0-or-later
// Mobi's footprint jar, as L'Usine, Le Grand Voyage and Dans ta poche fill it
// and the logbook page shows it: a glass jar of Mobi's whole life's footprint,
// filled with what earlier levels put in (darker) and what this level adds,
// with marks where a level's share ends, each labelled beside the jar ("before
// Mobi is even switched on"). A footprint drawn on the glass says what it
// holds without words. Shares come from the level files (<footprint>).
#pragma once

#include "ui/TextCache.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <vector>

namespace mobi {

struct JarMark {
    float share = 0.f; // 0..1, from the jar's bottom
    std::string label; // beside the mark ("" for none)
};

struct JarFill {
    float before = 0.f; // what earlier levels put in, 0..1
    float added = 0.f;  // what this level has added so far
    // Le Grand Voyage's clouds, leg by leg, rising out of the neck: each a
    // puff whose area is its size (a ship's or train's 1, a plane's about 8).
    // Not a share: FACTS.md gives none for transport.
    std::vector<float> clouds;
};

// A grey cloud puff centred at `centre`, its area `size` times that of a
// puff of radius `unitRadius` (so a plane's cloud, 7.7, looks 7.7 times a train's).
void drawCloudPuff(sf::RenderTarget& target, sf::Vector2f centre, float unitRadius, float size);
// The radius drawCloudPuff gives a cloud of `size`.
float cloudRadius(float unitRadius, float size);

// How high the clouds stand above the jar's neck, for a glass `glassWidth` wide.
float cloudsHeight(float glassWidth, const std::vector<float>& clouds);

enum class JarLabels { Beside, Below };

// Draws the jar in `glass` (its neck included) and the marks' labels, each
// hung from its mark in a column `labelWidth` wide to its right, or stacked
// under the jar (a narrow column, the logbook page), centred on it.
void drawFootprintJar(sf::RenderTarget& target, TextCache& texts, const TextStyler& styler,
                      const sf::FloatRect& glass, const JarFill& fill, const std::vector<JarMark>& marks,
                      float labelWidth, JarLabels place = JarLabels::Beside);

} // namespace mobi
