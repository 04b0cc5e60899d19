// SPDX-License-Identifier: GPL-3.0-or-later
// png_check: verifies a screenshot without a display (sf::Image is CPU-only).
//   png_check FILE WIDTH HEIGHT      size matches and the image is not blank
//   png_check --differ A.png B.png   the two images are not identical
//   png_check --region FILE X Y W H  that part of the image is not blank either
//                                    (a level's world, under its top band)
// "Not blank" means many colours and a good share of pixels away from the
// most common one: a screen of text and shapes, not an empty background.
#include <SFML/Graphics/Image.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

namespace {

bool load(const std::string& path, sf::Image& image) {
    if (image.loadFromFile(path)) return true;
    std::cerr << path << ": cannot read this PNG\n";
    return false;
}

// Colours counted every other pixel of a rectangle.
std::map<sf::Uint32, unsigned> colours(const sf::Image& image, unsigned left, unsigned top, unsigned w,
                                       unsigned h) {
    std::map<sf::Uint32, unsigned> counts;
    for (unsigned y = top; y < top + h && y < image.getSize().y; y += 2)
        for (unsigned x = left; x < left + w && x < image.getSize().x; x += 2)
            ++counts[image.getPixel(x, y).toInteger()];
    return counts;
}

int checkRegion(const std::string& path, unsigned left, unsigned top, unsigned w, unsigned h) {
    sf::Image image;
    if (!load(path, image)) return 1;
    const auto counts = colours(image, left, top, w, h);
    unsigned total = 0, most = 0;
    for (const auto& [colour, n] : counts) {
        total += n;
        most = std::max(most, n);
    }
    const double away = total ? 1.0 - static_cast<double>(most) / total : 0.0;
    if (counts.size() < 4 || away < 0.05) {
        std::cerr << path << ": the region " << left << "," << top << " " << w << "x" << h << " looks blank ("
                  << counts.size() << " colours, " << away * 100 << "% away from its background)\n";
        return 1;
    }
    return 0;
}

int checkImage(const std::string& path, unsigned width, unsigned height) {
    sf::Image image;
    if (!load(path, image)) return 1;
    const auto size = image.getSize();
    if (size.x != width || size.y != height) {
        std::cerr << path << ": expected " << width << "x" << height << ", found " << size.x << "x" << size.y
                  << "\n";
        return 1;
    }
    const auto counts = colours(image, 0, 0, size.x, size.y);
    unsigned total = 0, most = 0;
    for (const auto& [colour, n] : counts) {
        total += n;
        most = std::max(most, n);
    }
    const double away = 1.0 - static_cast<double>(most) / total;
    if (counts.size() < 16 || away < 0.05) {
        std::cerr << path << ": looks blank (" << counts.size() << " colours, " << away * 100
                  << "% of pixels away from the background)\n";
        return 1;
    }
    std::cout << path << ": " << size.x << "x" << size.y << ", " << counts.size() << " colours, "
              << away * 100 << "% drawn\n";
    return 0;
}

int checkDiffer(const std::string& a, const std::string& b) {
    sf::Image ia, ib;
    if (!load(a, ia) || !load(b, ib)) return 1;
    if (ia.getSize() != ib.getSize()) return 0;
    unsigned differing = 0;
    for (unsigned y = 0; y < ia.getSize().y; ++y)
        for (unsigned x = 0; x < ia.getSize().x; ++x)
            differing += ia.getPixel(x, y) != ib.getPixel(x, y);
    if (differing == 0) {
        std::cerr << a << " and " << b << " are identical (was the language switched?)\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--differ") return checkDiffer(argv[2], argv[3]);
    auto n = [&](int i) { return static_cast<unsigned>(std::strtoul(argv[i], nullptr, 10)); };
    if (argc == 7 && std::string(argv[1]) == "--region") return checkRegion(argv[2], n(3), n(4), n(5), n(6));
    if (argc == 4)
        return checkImage(argv[1], std::strtoul(argv[2], nullptr, 10), std::strtoul(argv[3], nullptr, 10));
    std::cerr << "usage: png_check FILE WIDTH HEIGHT | png_check --differ A.png B.png\n";
    return 2;
}
