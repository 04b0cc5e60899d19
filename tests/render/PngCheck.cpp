// png_check: verifies a screenshot without a display (sf::Image is CPU-only).
//   png_check FILE WIDTH HEIGHT      size matches and the image is not blank
//   png_check --differ A.png B.png   the two images are not identical
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

int checkImage(const std::string& path, unsigned width, unsigned height) {
    sf::Image image;
    if (!load(path, image)) return 1;
    const auto size = image.getSize();
    if (size.x != width || size.y != height) {
        std::cerr << path << ": expected " << width << "x" << height << ", found " << size.x << "x" << size.y
                  << "\n";
        return 1;
    }
    std::map<sf::Uint32, unsigned> counts;
    for (unsigned y = 0; y < size.y; y += 2)
        for (unsigned x = 0; x < size.x; x += 2)
            ++counts[image.getPixel(x, y).toInteger()];
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
    if (argc == 4)
        return checkImage(argv[1], std::strtoul(argv[2], nullptr, 10), std::strtoul(argv[3], nullptr, 10));
    std::cerr << "usage: png_check FILE WIDTH HEIGHT | png_check --differ A.png B.png\n";
    return 2;
}
