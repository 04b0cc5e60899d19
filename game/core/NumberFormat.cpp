// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/NumberFormat.hpp"

#include <cmath>
#include <sstream>

namespace mobi {

std::string formatNumber(float value, const std::string& thousands) {
    std::ostringstream os;
    if (std::abs(value - std::round(value)) < 1e-4f)
        os << static_cast<long long>(std::llround(value));
    else
        os << std::round(value * 100.f) / 100.f;
    std::string s = os.str();
    if (thousands.empty()) return s;
    const std::size_t start = s[0] == '-' ? 1 : 0;
    std::size_t end = s.find('.');
    if (end == std::string::npos) end = s.size();
    for (std::size_t i = end; i > start + 3; i -= 3)
        s.insert(i - 3, thousands);
    return s;
}

} // namespace mobi
