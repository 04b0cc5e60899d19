// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TextBlock.hpp"

#include "core/WordWrap.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {

namespace {
// The smallest a text may shrink to: 60 % of its size, and never below 18
// pixels of the 720-pixel screen (a caption a child can still read).
constexpr float kSmallestScale = 0.6f;
constexpr unsigned kSmallestPixels = 18;
// Each try is this much smaller than the last.
constexpr float kShrinkStep = 0.94f;
} // namespace

void TextBlock::set(const TextStyler& styler, const std::string& utf8, const TextSpec& spec) {
    static std::uint64_t revisions = 0; // texts are set on the main thread only
    m_revision = ++revisions;
    m_spec = spec;
    m_source = utf8;
    m_lines.clear();
    m_lineStarts.clear();
    m_lineStrings.clear();
    m_overflow.clear();
    m_size = {};
    const sf::Font* font = styler.font(spec.bold);
    if (!font) return;
    const sf::String shaped = styler.shape(utf8);
    const std::u32string text(shaped.getData(), shaped.getData() + shaped.getSize());

    const unsigned wanted = std::max(
        1u, static_cast<unsigned>(std::lround(static_cast<float>(styler.size(spec.role)) * spec.scale)));
    const unsigned smallest = std::min(
        wanted, std::max(kSmallestPixels, static_cast<unsigned>(std::lround(wanted * kSmallestScale))));
    std::vector<std::u32string> lines;
    unsigned size = wanted;
    // Width of a run: glyph advances plus kerning, as sf::Text lays it out.
    auto measure = [&](const std::u32string& run) {
        float w = 0;
        char32_t previous = 0;
        for (char32_t c : run) {
            w += font->getKerning(previous, c, size) + font->getGlyph(c, size, spec.bold).advance;
            previous = c;
        }
        return w;
    };
    // The largest size at which the text fits its box, wrapped between words.
    for (;;) {
        bool wordSplit = false, hyphenSplit = false;
        lines = wrapText(text, spec.maxWidth, measure, &wordSplit, &hyphenSplit);
        m_lineHeight = styler.lineHeightAt(size, spec.bold);
        // The last line counts by its glyphs (about 1.25 em with accents), not
        // its whole line box: a one-line label must not shrink for air.
        const float height =
            m_lineHeight * static_cast<float>(lines.size() - 1) + 1.25f * static_cast<float>(size);
        const bool tooTall = spec.maxHeight > 0.f && height > spec.maxHeight + 0.5f;
        const bool tooManyLines = spec.maxLines > 0 && static_cast<int>(lines.size()) > spec.maxLines;
        // A word broken after its hyphen is fine, but only once a smaller size has not kept it whole.
        if (!wordSplit && !tooTall && !tooManyLines && (!hyphenSplit || size <= smallest)) break;
        if (size <= smallest) {
            m_overflow = wordSplit      ? "a word is wider than its box"
                         : tooManyLines ? "more lines than its box allows"
                                        : "taller than its box";
            break;
        }
        size = std::max(smallest, static_cast<unsigned>(static_cast<float>(size) * kShrinkStep));
    }
    m_characterSize = size;
    m_fittedScale = spec.scale * static_cast<float>(size) / static_cast<float>(wanted);

    float widest = 0;
    std::size_t searchFrom = 0;
    for (const auto& line : lines) {
        // Lines are pieces of the text in order; the spaces they broke at are gone.
        const std::size_t at = text.find(line, searchFrom);
        m_lineStarts.push_back(at == std::u32string::npos ? searchFrom : at);
        if (at != std::u32string::npos) searchFrom = at + line.size();
        // No-break spaces did their job in wrapping; SFML draws a mark for
        // them with Andika, so they are drawn as plain spaces.
        sf::String s;
        for (char32_t c : line)
            s += static_cast<sf::Uint32>(c == 0x00A0 ? U' ' : c);
        m_lineStrings.push_back(s);
        sf::Text t(s, *font, size);
        t.setFillColor(spec.colour);
        if (spec.bold) t.setStyle(sf::Text::Bold);
        widest = std::max(widest, measure(line));
        m_lines.push_back(t);
    }
    m_size = {widest, m_lineHeight * static_cast<float>(m_lines.size())};
    placeLines();
}

void setAtOneSize(const TextStyler& styler, const std::vector<TextSetting>& blocks) {
    float scale = 1.f;
    for (const TextSetting& b : blocks) {
        b.block->set(styler, b.utf8, b.spec);
        scale = std::min(scale, b.block->fittedScale() / b.spec.scale);
    }
    if (scale >= 1.f) return;
    for (const TextSetting& b : blocks) {
        TextSpec spec = b.spec;
        spec.scale *= scale;
        b.block->set(styler, b.utf8, spec);
    }
}

void TextBlock::setPosition(sf::Vector2f topLeft) {
    m_position = topLeft;
    placeLines();
}

void TextBlock::placeLines() {
    float y = m_position.y;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        sf::Text& t = m_lines[i];
        const float w = t.getLocalBounds().width + t.getLocalBounds().left;
        float x = m_position.x;
        if (m_spec.align == Align::Centre) x += (m_spec.maxWidth - w) / 2.f;
        if (m_spec.align == Align::Right) x += m_spec.maxWidth - w;
        // Whole pixels keep glyphs sharp.
        t.setPosition(std::round(x), std::round(y));
        y += m_lineHeight;
    }
}

sf::FloatRect TextBlock::inkBounds() const {
    if (m_lines.empty()) return {};
    const sf::FloatRect first = m_lines.front().getGlobalBounds();
    const sf::FloatRect last = m_lines.back().getGlobalBounds();
    return {first.left, first.top - m_position.y, m_size.x, last.top + last.height - first.top};
}

void TextBlock::centreVertically(float left, float top, float height) {
    setPosition({left, 0.f});
    const sf::FloatRect ink = inkBounds();
    setPosition({left, std::round(top + (height - ink.height) / 2.f - ink.top)});
}

std::size_t TextBlock::letterCount() const {
    std::size_t n = 0;
    for (const auto& s : m_lineStrings)
        n += s.getSize();
    return n;
}

void TextBlock::reveal(std::size_t letters) {
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const sf::String& full = m_lineStrings[i];
        const std::size_t shown = std::min(letters, full.getSize());
        m_lines[i].setString(shown == full.getSize() ? full : full.substring(0, shown));
        letters -= shown;
    }
}

sf::FloatRect TextBlock::box() const {
    return {m_position.x, m_position.y, m_spec.maxWidth,
            m_spec.maxHeight > 0.f ? m_spec.maxHeight : m_size.y};
}

sf::FloatRect TextBlock::extent() const {
    // The glyphs' own bounds: what the eye sees, without the line boxes' air.
    bool any = false;
    float left = 0, top = 0, right = 0, bottom = 0;
    for (const auto& t : m_lines) {
        const sf::FloatRect b = t.getGlobalBounds();
        if (b.width <= 0.f || b.height <= 0.f) continue; // an empty line
        left = any ? std::min(left, b.left) : b.left;
        top = any ? std::min(top, b.top) : b.top;
        right = any ? std::max(right, b.left + b.width) : b.left + b.width;
        bottom = any ? std::max(bottom, b.top + b.height) : b.top + b.height;
        any = true;
    }
    if (!any) return {m_position.x, m_position.y, 0.f, 0.f};
    return {left, top, right - left, bottom - top};
}

std::optional<TextBlock::Span> TextBlock::span(std::size_t byteStart, std::size_t byteLength) const {
    // Shaping changes letters (capitals, spaces) but never their number, so a
    // character's index in the source is its index in the shaped text.
    auto characterAt = [this](std::size_t byte) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < byte && i < m_source.size(); ++i)
            if ((static_cast<unsigned char>(m_source[i]) & 0xC0) != 0x80) ++n;
        return n;
    };
    const std::size_t first = characterAt(byteStart), end = characterAt(byteStart + byteLength);
    if (m_lines.empty() || end <= first) return std::nullopt;
    std::size_t line = 0;
    while (line + 1 < m_lineStarts.size() && m_lineStarts[line + 1] <= first)
        ++line;
    const sf::Text& text = m_lines[line];
    const std::size_t shown = text.getString().getSize();
    const std::size_t from = first - m_lineStarts[line];
    if (from >= shown) return std::nullopt; // not revealed yet, or in the space a line broke at
    return Span{line, from, std::min(end - m_lineStarts[line], shown)};
}

std::optional<sf::FloatRect> TextBlock::rangeBounds(std::size_t byteStart, std::size_t byteLength) const {
    const auto s = span(byteStart, byteLength);
    if (!s) return std::nullopt;
    const sf::Text& text = m_lines[s->line];
    const sf::Vector2f left = text.findCharacterPos(s->from), right = text.findCharacterPos(s->to);
    return sf::FloatRect(left.x, text.getPosition().y, right.x - left.x, m_lineHeight);
}

void TextBlock::drawRange(sf::RenderTarget& target, std::size_t byteStart, std::size_t byteLength) const {
    const auto s = span(byteStart, byteLength);
    if (!s) return;
    const sf::Text& line = m_lines[s->line];
    sf::Text word = line;
    word.setString(line.getString().substring(s->from, s->to - s->from));
    word.setPosition(std::round(line.findCharacterPos(s->from).x), line.getPosition().y);
    target.draw(word);
}

std::string TextBlock::excerpt() const {
    sf::String all;
    for (const auto& s : m_lineStrings) {
        if (!all.isEmpty()) all += ' ';
        all += s;
    }
    const bool cut = all.getSize() > 32;
    if (cut) all = all.substring(0, 30);
    const auto utf8 = all.toUtf8();
    return std::string(utf8.begin(), utf8.end()) + (cut ? "…" : "");
}

void TextBlock::draw(sf::RenderTarget& target, sf::RenderStates states) const {
    if (LayoutProbe* probe = LayoutProbe::of(target)) probe->text(*this);
    for (const auto& t : m_lines)
        target.draw(t, states);
}

} // namespace mobi
