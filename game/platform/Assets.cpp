// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Assets.hpp"

#include "content/AssetFiles.hpp"

#include <fstream>
#include <iostream>
#include <iterator>

namespace mobi {
namespace {

// SFML 2.5 opens files by their narrow name, which Windows reads in the ANSI
// code page: a game unpacked in "D:\Clé USB" could not load its fonts. The
// bytes are read here through std::filesystem (wide names on Windows) and
// handed to SFML's loadFromMemory instead.
bool readFileBytes(const std::filesystem::path& file, std::vector<char>& out) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad() && !out.empty();
}

std::string fontFile(FontChoice choice, bool bold) {
    if (choice == FontChoice::OpenDyslexic)
        return bold ? assetfiles::dyslexicBold : assetfiles::dyslexicRegular;
    return bold ? assetfiles::andikaBold : assetfiles::andikaRegular;
}

} // namespace

Assets::Assets(std::filesystem::path dataDir) : m_dataDir(std::move(dataDir)) {}

std::filesystem::path Assets::path(const std::string& relative) const {
    return m_dataDir / "assets" / std::filesystem::u8path(relative);
}

const sf::Font* Assets::loadFont(const std::string& relative) {
    auto it = m_fonts.find(relative);
    if (it != m_fonts.end()) return it->second ? &it->second->font : nullptr;
    auto loaded = std::make_unique<LoadedFont>();
    const std::filesystem::path full = path(relative);
    if (!readFileBytes(full, loaded->bytes) ||
        !loaded->font.loadFromMemory(loaded->bytes.data(), loaded->bytes.size())) {
        report(full.u8string() + ": cannot load this font (is the file missing or damaged?)");
        loaded.reset();
    }
    const sf::Font* font = loaded ? &loaded->font : nullptr;
    m_fonts[relative] = std::move(loaded);
    return font;
}

const sf::Font* Assets::font(FontChoice choice, bool bold) {
    if (const sf::Font* f = loadFont(fontFile(choice, bold))) return f;
    // Any readable font beats no text at all.
    for (FontChoice other : {FontChoice::Andika, FontChoice::OpenDyslexic})
        for (bool weight : {bold, !bold})
            if (const sf::Font* f = loadFont(fontFile(other, weight))) return f;
    return nullptr;
}

std::optional<sf::Image> Assets::image(const std::string& relative) {
    sf::Image img;
    const std::filesystem::path full = path(relative);
    std::vector<char> bytes;
    if (!readFileBytes(full, bytes) || !img.loadFromMemory(bytes.data(), bytes.size())) {
        report(full.u8string() + ": cannot load this image (is the file missing or damaged?)");
        return std::nullopt;
    }
    return img;
}

// On stderr, where an IT person running the game from a terminal looks.
void Assets::report(const std::string& problem) { std::cerr << "mobi2070: " << problem << "\n"; }

} // namespace mobi
