// SPDX-License-Identifier: GPL-3.0-or-later
// Text that a view draws every frame but that rarely changes (a counter, a
// label): laid out again only when its words, size or style change, not 60
// times a second. Word wrapping measures every glyph, which is not free on an
// old PC.
#pragma once

#include "ui/TextBlock.hpp"
#include "ui/TextStyler.hpp"

#include <map>
#include <string>

namespace mobi {

class TextCache {
public:
    // The block for `key`, re-laid out only if the text or its spec changed.
    TextBlock& get(const std::string& key, const TextStyler& styler, const std::string& text,
                   const TextSpec& spec) {
        Entry& e = m_entries[key];
        // The size and font come from the settings (text size, dyslexia font), not the spec.
        const unsigned size = styler.size(spec.role);
        const sf::Font* font = styler.font(spec.bold);
        if (!e.valid || e.text != text || e.spec != spec || e.size != size || e.font != font) {
            e.block.set(styler, text, spec);
            e.text = text;
            e.spec = spec;
            e.size = size;
            e.font = font;
            e.valid = true;
        }
        return e.block;
    }

private:
    struct Entry {
        TextBlock block;
        std::string text;
        TextSpec spec;
        unsigned size = 0;
        const sf::Font* font = nullptr;
        bool valid = false;
    };
    std::map<std::string, Entry> m_entries;
};

} // namespace mobi
