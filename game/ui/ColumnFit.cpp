// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ColumnFit.hpp"

#include <algorithm>

namespace mobi {
namespace {
constexpr float kSmallestScale = 0.5f; // a column may go below a lone text's 60 %: at the largest
                                       // size in capitals that is still larger than the default size
constexpr int kSearchSteps = 7;        // halvings of the scale's range: within 0.3 %
} // namespace

ColumnFit& ColumnFit::text(TextBlock& block, std::string utf8, TextSpec spec, float gapAfter, float indent,
                           float rightIndent) {
    Entry e;
    e.texts.push_back({&block, std::move(utf8), spec});
    e.indent = indent;
    e.rightIndent = rightIndent;
    e.gapAfter = gapAfter;
    m_entries.push_back(std::move(e));
    return *this;
}

ColumnFit& ColumnFit::row(sf::Vector2f figureSize, sf::Vector2f* figureCentre, std::vector<Beside> texts,
                          float gapAfter, float figureGap, float rightIndent) {
    Entry e;
    e.texts = std::move(texts);
    e.rightIndent = rightIndent;
    e.figure = figureSize;
    e.figureCentre = figureCentre;
    e.figureGap = figureGap;
    e.gapAfter = gapAfter;
    e.isRow = true;
    m_entries.push_back(std::move(e));
    return *this;
}

ColumnFit& ColumnFit::space(float height, float* top, float minHeight) {
    Entry e;
    e.figure = {0.f, height};
    e.top = top;
    e.minHeight = minHeight;
    m_entries.push_back(std::move(e));
    return *this;
}

float ColumnFit::layout(const TextStyler& styler, float scale, bool place) {
    float y = m_top;
    for (Entry& e : m_entries) {
        const float textLeft = m_left + e.indent + (e.isRow ? e.figure.x + e.figureGap : 0.f);
        const float textWidth = m_width - (textLeft - m_left) - e.rightIndent;
        float textsHeight = 0.f;
        for (Beside& t : e.texts) {
            TextSpec spec = t.spec;
            spec.maxWidth = textWidth;
            spec.scale = t.spec.scale * scale;
            t.block->set(styler, t.utf8, spec);
            textsHeight += t.block->size().y;
        }
        const float figure = e.minHeight > 0.f ? std::max(e.minHeight, e.figure.y * scale) : e.figure.y;
        const float height = std::max(textsHeight, figure);
        if (place) {
            e.placed = {m_left + e.indent, y, m_width - e.indent, height};
            if (e.top) *e.top = y;
            if (e.figureCentre) *e.figureCentre = {m_left + e.indent + e.figure.x / 2.f, y + height / 2.f};
            float ty = y + (height - textsHeight) / 2.f;
            for (Beside& t : e.texts) {
                t.block->setPosition({textLeft, ty});
                ty += t.block->size().y;
            }
        }
        y += height + e.gapAfter;
    }
    return y - m_top;
}

float ColumnFit::fit(const TextStyler& styler, float maxHeight, float maxScale) {
    m_scale = std::max(kSmallestScale, std::min(1.f, maxScale));
    if (layout(styler, m_scale, false) > maxHeight) {
        // The largest common scale at which the column fits.
        float low = kSmallestScale, high = m_scale;
        for (int i = 0; i < kSearchSteps; ++i) {
            const float mid = (low + high) / 2.f;
            (layout(styler, mid, false) <= maxHeight ? low : high) = mid;
        }
        m_scale = low;
    }
    return layout(styler, m_scale, true);
}

} // namespace mobi
