// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FramePacing.hpp"

#include <algorithm>
#include <cctype>

namespace mobi {

bool isSoftwareRenderer(const std::string& glRenderer) {
    std::string name = glRenderer;
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* software : {"llvmpipe", "softpipe", "swrast", "software rasterizer", "gdi generic",
                                 "microsoft basic render", "swiftshader"})
        if (name.find(software) != std::string::npos) return true;
    return false;
}

int chooseFrameRate(std::optional<int> requested, bool softwareRenderer, bool lowDetail) {
    if (requested) return *requested;
    return softwareRenderer || lowDetail ? kSoberFrameRate : kFullFrameRate;
}

} // namespace mobi
