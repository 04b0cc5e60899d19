// A column of texts (and fixed-size figures beside them) laid out top to
// bottom inside a box of a given width and height. If they do not fit at
// their sizes, all texts shrink by one common factor, so a card keeps its
// proportions (a title stays bigger than its body), never below 60 % of
// their size; what still does not fit spills out of the box, where
// --check-layout sees it. Built once when a scene rebuilds.
#pragma once

#include "ui/TextBlock.hpp"

#include <SFML/System/Vector2.hpp>

#include <string>
#include <vector>

namespace mobi {

class TextStyler;

class ColumnFit {
public:
    ColumnFit(float left, float top, float width) : m_left(left), m_top(top), m_width(width) {}

    // A text across the column, `indent` from its left edge.
    ColumnFit& text(TextBlock& block, std::string utf8, TextSpec spec, float gapAfter = 0.f,
                    float indent = 0.f);
    // A figure of a fixed size at the left of the column with texts stacked
    // beside it; the row is as tall as the taller side, each centred on it.
    // `figureCentre` gets where the figure goes.
    struct Beside {
        TextBlock* block;
        std::string utf8;
        TextSpec spec;
    };
    ColumnFit& row(sf::Vector2f figureSize, sf::Vector2f* figureCentre, std::vector<Beside> texts,
                   float gapAfter = 0.f, float figureGap = 20.f);
    // Empty space of a fixed height; `top` gets where it starts.
    ColumnFit& space(float height, float* top = nullptr);

    // Sets and places everything within `maxHeight` (see above); returns the
    // height used. The factor the texts were shrunk by is scale().
    float fit(const TextStyler& styler, float maxHeight);
    float scale() const { return m_scale; }

private:
    struct Entry {
        std::vector<Beside> texts;
        float indent = 0.f, gapAfter = 0.f;
        sf::Vector2f figure; // row: the figure's size; space: {0, height}
        float figureGap = 0.f;
        sf::Vector2f* figureCentre = nullptr;
        float* top = nullptr;
        bool isRow = false;
    };
    float layout(const TextStyler& styler, float scale, bool place);

    float m_left, m_top, m_width;
    std::vector<Entry> m_entries;
    float m_scale = 1.f;
};

} // namespace mobi
