// A block of word-wrapped text inside a given width, left-aligned or centred,
// built once and drawn many times (wrapping measures glyphs, so it is not
// redone every frame). It can also reveal its text letter by letter.
#pragma once

#include "ui/Theme.hpp"

#include <SFML/Graphics/Drawable.hpp>
#include <SFML/Graphics/Text.hpp>

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

    bool operator==(const TextSpec& o) const {
        return role == o.role && maxWidth == o.maxWidth && colour == o.colour && align == o.align &&
               bold == o.bold;
    }
    bool operator!=(const TextSpec& o) const { return !(*this == o); }
};

class TextBlock : public sf::Drawable {
public:
    TextBlock() = default;
    TextBlock(const TextStyler& styler, const std::string& utf8, const TextSpec& spec) {
        set(styler, utf8, spec);
    }

    void set(const TextStyler& styler, const std::string& utf8, const TextSpec& spec);
    // The largest of `spec.role` and the smaller roles (Body, Small) at which
    // the text stays within `maxHeight`; the smallest if none does. Controls
    // use it so a long label shrinks rather than spilling out.
    void setFitting(const TextStyler& styler, const std::string& utf8, TextSpec spec, float maxHeight);
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

private:
    void draw(sf::RenderTarget& target, sf::RenderStates states) const override;
    void placeLines();

    std::vector<sf::String> m_lineStrings;
    std::vector<sf::Text> m_lines;
    TextSpec m_spec;
    sf::Vector2f m_position;
    sf::Vector2f m_size;
    float m_lineHeight = 0;
};

} // namespace mobi
