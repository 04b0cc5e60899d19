// SPDX-License-Identifier: GPL-3.0-or-later
// A block of word-wrapped text inside the box it is given (a width, and a
// height when the space is bounded), left-aligned or centred, built once and
// drawn many times (wrapping measures glyphs, so it is not redone every
// frame). Text that does not fit shrinks, a little at a time, and wraps only
// at word boundaries; if even the smallest readable size does not fit, the
// block says so (overflow()), and --check-layout reports it. It can also
// reveal its text letter by letter.
#pragma once

#include "ui/Theme.hpp"

#include <SFML/Graphics/Drawable.hpp>
#include <SFML/Graphics/Text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

class TextStyler;

enum class Align { Left, Centre, Right };

struct TextSpec {
    theme::TextRole role = theme::TextRole::Body;
    float maxWidth = 1000.f;
    sf::Color colour = theme::ink;
    Align align = Align::Left;
    bool bold = false;
    float maxHeight = 0.f; // the box's height; 0: as tall as the text needs (the scene checks the rest)
    int maxLines = 0;      // 0: any number
    float scale = 1.f;     // on the role's size: a column of texts shrinks together (ui/ColumnFit)

    bool operator==(const TextSpec& o) const {
        return role == o.role && maxWidth == o.maxWidth && colour == o.colour && align == o.align &&
               bold == o.bold && maxHeight == o.maxHeight && maxLines == o.maxLines && scale == o.scale;
    }
    bool operator!=(const TextSpec& o) const { return !(*this == o); }
};

// Sets each block with its text and spec, all at one size: the largest at which
// every one of them fits its box (answers of one question, names under dials).
struct TextSetting;
void setAtOneSize(const TextStyler& styler, const std::vector<TextSetting>& blocks);

class TextBlock : public sf::Drawable {
public:
    TextBlock() = default;
    TextBlock(const TextStyler& styler, const std::string& utf8, const TextSpec& spec) {
        set(styler, utf8, spec);
    }

    void set(const TextStyler& styler, const std::string& utf8, const TextSpec& spec);
    // Top-left corner of the block's box (of width spec.maxWidth).
    void setPosition(sf::Vector2f topLeft);
    sf::Vector2f position() const { return m_position; }
    // Width of the widest line and total height, in logical pixels.
    sf::Vector2f size() const { return m_size; }
    float lineHeight() const { return m_lineHeight; }
    // The drawn glyphs' vertical extent relative to position() (top, height),
    // for centring text by its ink rather than by its line box.
    sf::FloatRect inkBounds() const;
    // Places the block at `left`, centred by its ink on the band [top, top + height].
    void centreVertically(float left, float top, float height);

    // Shows only the first `letters` characters (all of them by default).
    void reveal(std::size_t letters);
    std::size_t letterCount() const;

    // The box it was given: position, maxWidth, and maxHeight (or its own height).
    sf::FloatRect box() const;
    // Where its lines are drawn, in logical pixels (the line boxes of the glyphs).
    sf::FloatRect extent() const;
    // Why it does not fit its box even at the smallest size ("" when it fits).
    const std::string& overflow() const { return m_overflow; }
    unsigned characterSize() const { return m_characterSize; }
    // The scale (spec.scale times the shrink it needed) at which it fits:
    // texts that must share one size are all set at the smallest of these.
    float fittedScale() const { return m_fittedScale; }
    // The text's start, for messages ("Dévisse les 4 vis…").
    std::string excerpt() const;
    bool empty() const { return letterCount() == 0; }
    // The text as it was given (before capitals or wrapping): what Mobi reads.
    const std::string& source() const { return m_source; }
    // Changes at every set(), of any block: whoever keeps a copy of the text
    // knows it may be stale without comparing the strings each frame.
    std::uint64_t revision() const { return m_revision; }
    // Where the characters at bytes [byteStart, byteStart + byteLength) of
    // source() are drawn, on the line the range starts on (a word never spans
    // two lines); nullopt when they are not shown.
    std::optional<sf::FloatRect> rangeBounds(std::size_t byteStart, std::size_t byteLength) const;
    // Draws those characters again, over a marker drawn behind them.
    void drawRange(sf::RenderTarget& target, std::size_t byteStart, std::size_t byteLength) const;

private:
    void draw(sf::RenderTarget& target, sf::RenderStates states) const override;
    void placeLines();
    struct Span {
        std::size_t line, from, to; // characters [from, to) of that line
    };
    std::optional<Span> span(std::size_t byteStart, std::size_t byteLength) const;

    std::string m_source;
    std::uint64_t m_revision = 0;
    std::vector<std::size_t> m_lineStarts; // each line's first character, in the shaped text
    std::vector<sf::String> m_lineStrings;
    std::vector<sf::Text> m_lines;
    TextSpec m_spec;
    sf::Vector2f m_position;
    sf::Vector2f m_size;
    float m_lineHeight = 0;
    unsigned m_characterSize = 0;
    float m_fittedScale = 1.f;
    std::string m_overflow;
};

struct TextSetting {
    TextBlock* block;
    std::string utf8;
    TextSpec spec;
};

} // namespace mobi
