#include "platform/Assets.hpp"

#include "content/AssetFiles.hpp"

#include <iostream>

namespace mobi {
namespace {

std::string fontFile(FontChoice choice, bool bold) {
    if (choice == FontChoice::OpenDyslexic) return bold ? assetfiles::dyslexicBold : assetfiles::dyslexicRegular;
    return bold ? assetfiles::andikaBold : assetfiles::andikaRegular;
}

} // namespace

Assets::Assets(std::filesystem::path dataDir) : m_dataDir(std::move(dataDir)) {}

std::filesystem::path Assets::path(const std::string& relative) const {
    return m_dataDir / "assets" / std::filesystem::u8path(relative);
}

const sf::Font* Assets::loadFont(const std::string& relative) {
    auto it = m_fonts.find(relative);
    if (it != m_fonts.end()) return it->second.get();
    auto font = std::make_unique<sf::Font>();
    const std::string full = path(relative).u8string();
    if (!font->loadFromFile(full)) {
        report(full + ": cannot load this font (is the file missing or damaged?)");
        font.reset();
    }
    return (m_fonts[relative] = std::move(font)).get();
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
    const std::string full = path(relative).u8string();
    if (!img.loadFromFile(full)) {
        report(full + ": cannot load this image (is the file missing or damaged?)");
        return std::nullopt;
    }
    return img;
}

// On stderr, where an IT person running the game from a terminal looks.
void Assets::report(const std::string& problem) { std::cerr << "mobi2070: " << problem << "\n"; }

} // namespace mobi
