#include "ui/TextBlock.hpp"

#include "core/WordWrap.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <algorithm>
#include <cmath>

namespace mobi {

void TextBlock::set(const TextStyler& styler, const std::string& utf8, const TextSpec& spec) {
    m_spec = spec;
    m_lines.clear();
    m_lineStrings.clear();
    const sf::Font* font = styler.font(spec.bold);
    if (!font) return;
    const unsigned size = styler.size(spec.role);
    const sf::String shaped = styler.shape(utf8);
    const std::u32string text(shaped.getData(), shaped.getData() + shaped.getSize());

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
    m_lineHeight = styler.lineHeight(spec.role, spec.bold);
    float widest = 0;
    for (const auto& line : wrapText(text, spec.maxWidth, measure)) {
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

void TextBlock::setFitting(const TextStyler& styler, const std::string& utf8, TextSpec spec,
                           float maxHeight) {
    for (theme::TextRole role : {spec.role, theme::TextRole::Body, theme::TextRole::Small}) {
        if (theme::baseSize(role) > theme::baseSize(spec.role)) continue; // only ever smaller
        spec.role = role;
        set(styler, utf8, spec);
        if (m_size.y <= maxHeight) return;
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

void TextBlock::draw(sf::RenderTarget& target, sf::RenderStates states) const {
    for (const auto& t : m_lines)
        target.draw(t, states);
}

} // namespace mobi
