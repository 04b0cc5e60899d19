// SPDX-License-Identifier: GPL-3.0-or-later
// The one way text reaches the screen. Every string is UTF-8 from locale/ and
// goes through toSfString (sf::String::fromUtf8; a plain std::string would be
// read in the system locale and break accents). The styler then applies the
// reader's settings: font family, size, capitals, and a glyph fix-up for
// OpenDyslexic, which has no narrow no-break space (U+202F).
#pragma once

#include "save/Settings.hpp"
#include "ui/Theme.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/System/String.hpp>

#include <string>

namespace mobi {

class Assets;

// UTF-8 → sf::String. The only conversion of text into SFML in the game.
sf::String toSfString(const std::string& utf8);

class TextStyler {
public:
    TextStyler(Assets& assets, const Settings& settings, bool classMode);

    // Text as it must be drawn with the current settings.
    sf::String shape(const std::string& utf8) const;
    // Character size in logical pixels for a role.
    unsigned size(theme::TextRole role) const;
    // Height of one line of text for a role (the font's spacing plus a little air).
    float lineHeight(theme::TextRole role, bool bold = false) const;
    // The same for a character size in pixels (a text shrunk to fit its box).
    float lineHeightAt(unsigned pixels, bool bold = false) const;
    // Never null once the game runs: App refuses to start without a font.
    const sf::Font* font(bool bold = false) const;
    float scale() const { return m_scale; }

private:
    Assets* m_assets;
    FontChoice m_font;
    bool m_uppercase;
    float m_scale;
};

} // namespace mobi
