// SPDX-License-Identifier: GPL-3.0-or-later
// A column of texts (and fixed-size figures beside them) laid out top to
// bottom inside a box of a given width and height. If they do not fit at
// their sizes, all texts shrink by one common factor, so a card keeps its
// proportions (a title stays bigger than its body), never below 60 % of
// their size; what still does not fit spills out of the box, where
// --check-layout sees it. Built once when a scene rebuilds.
#pragma once

#include "ui/TextBlock.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>

#include <string>
#include <vector>

namespace mobi {

class TextStyler;

class ColumnFit {
public:
    ColumnFit(float left, float top, float width) : m_left(left), m_top(top), m_width(width) {}

    // A text across the column, `indent` from its left edge and `rightIndent` from its right one.
    ColumnFit& text(TextBlock& block, std::string utf8, TextSpec spec, float gapAfter = 0.f,
                    float indent = 0.f, float rightIndent = 0.f);
    // A figure of a fixed size at the left of the column with texts stacked
    // beside it; the row is as tall as the taller side, each centred on it.
    // `figureCentre` gets where the figure goes.
    struct Beside {
        TextBlock* block;
        std::string utf8;
        TextSpec spec;
    };
    ColumnFit& row(sf::Vector2f figureSize, sf::Vector2f* figureCentre, std::vector<Beside> texts,
                   float gapAfter = 0.f, float figureGap = 20.f, float rightIndent = 0.f);
    // Empty space for something else (a widget, a gap); `top` gets where it
    // starts. With `minHeight` > 0 it shrinks with the texts, never below it
    // (a chip whose label shrinks too, but stays a big target).
    ColumnFit& space(float height, float* top = nullptr, float minHeight = 0.f);

    // Sets and places everything within `maxHeight` (see above); returns the
    // height used. The factor the texts were shrunk by is scale().
    // `maxScale` < 1 caps the scale: columns side by side share the smaller one.
    float fit(const TextStyler& styler, float maxHeight, float maxScale = 1.f);
    float scale() const { return m_scale; }
    // After fit(): where entry `index` (0 for the first added) was placed,
    // across the column's width. For widgets laid out in the column's spaces.
    sf::FloatRect placed(std::size_t index) const { return m_entries[index].placed; }
    std::size_t count() const { return m_entries.size(); }

private:
    struct Entry {
        std::vector<Beside> texts;
        float indent = 0.f, rightIndent = 0.f, gapAfter = 0.f;
        sf::Vector2f figure; // row: the figure's size; space: {0, height}
        float figureGap = 0.f;
        sf::Vector2f* figureCentre = nullptr;
        float* top = nullptr;
        float minHeight = 0.f; // space: shrinks with the texts down to this, when > 0
        sf::FloatRect placed;
        bool isRow = false;
    };
    float layout(const TextStyler& styler, float scale, bool place);

    float m_left, m_top, m_width;
    std::vector<Entry> m_entries;
    float m_scale = 1.f;
};

} // namespace mobi
