// SPDX-License-Identifier: GPL-3.0-or-later
// Owns the game's loaded files (fonts, images). Each is loaded on first use;
// a file that cannot be loaded is reported with its full path, so a broken
// install says exactly what is missing instead of crashing.
#pragma once

#include "save/Settings.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Image.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

class Assets {
public:
    explicit Assets(std::filesystem::path dataDir);

    // The font for a choice and weight. Falls back to the other font family
    // when a file is missing (the problem is recorded); nullptr if none loads.
    const sf::Font* font(FontChoice choice, bool bold);

    // An image from assets/ (e.g. "icons/mobi2070-64.png"); nullopt if missing.
    std::optional<sf::Image> image(const std::string& relative);

    std::filesystem::path path(const std::string& relative) const;
    const std::filesystem::path& dataDir() const { return m_dataDir; }

private:
    const sf::Font* loadFont(const std::string& relative);
    // Says on stderr, at once, which file could not be loaded and why.
    static void report(const std::string& problem);

    // sf::Font reads its file lazily, so the bytes live as long as the font.
    struct LoadedFont {
        std::vector<char> bytes;
        sf::Font font;
    };

    std::filesystem::path m_dataDir;
    std::map<std::string, std::unique_ptr<LoadedFont>> m_fonts; // by relative path; null if it failed
};

} // namespace mobi
