// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TextStyler.hpp"

#include <algorithm>

#include "core/Unicode.hpp"
#include "platform/Assets.hpp"

#include <cmath>

namespace mobi {

sf::String toSfString(const std::string& utf8) { return sf::String::fromUtf8(utf8.begin(), utf8.end()); }

TextStyler::TextStyler(Assets& assets, const Settings& settings, bool classMode)
    : m_assets(&assets), m_font(settings.font), m_uppercase(settings.uppercase),
      // Class mode reads from the back of a room: one step larger, but never
      // beyond the largest size, the one every screen is checked to hold.
      m_scale(std::min(settings.textScale() * (classMode ? 1.15f : 1.0f),
                       Settings::textScaleAt(Settings::kTextSizeMax))) {}

sf::String TextStyler::shape(const std::string& utf8) const {
    sf::String s = toSfString(utf8);
    for (std::size_t i = 0; i < s.getSize(); ++i) {
        char32_t c = s[i];
        if (m_uppercase) c = toUpper(c);
        if (c == 0x202F) c = 0x00A0;
        s[i] = c;
    }
    return s;
}

unsigned TextStyler::size(theme::TextRole role) const {
    return static_cast<unsigned>(std::lround(static_cast<float>(theme::baseSize(role)) * m_scale));
}

float TextStyler::lineHeight(theme::TextRole role, bool bold) const { return lineHeightAt(size(role), bold); }

float TextStyler::lineHeightAt(unsigned px, bool bold) const {
    const sf::Font* f = font(bold);
    // Andika's own spacing is about 1.65 em (room for stacked accents); 0.92 of
    // it gives about 1.5 em, the spacing recommended for young readers.
    return f ? std::ceil(f->getLineSpacing(px) * 0.92f) : static_cast<float>(px) * 1.5f;
}

const sf::Font* TextStyler::font(bool bold) const { return m_assets->font(m_font, bold); }

} // namespace mobi
