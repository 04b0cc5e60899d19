// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultCode.hpp"

#include <algorithm>

namespace mobi {

std::vector<DialResult> checkCode(const CodeSet& set, const std::vector<std::optional<int>>& entered) {
    std::vector<DialResult> out;
    for (std::size_t i = 0; i < set.digits.size(); ++i) {
        const bool right = i < entered.size() && entered[i] && *entered[i] == set.digits[i].value;
        out.push_back({right, set.digits[i].level});
    }
    return out;
}

bool codeOpens(const std::vector<DialResult>& results) {
    return !results.empty() &&
           std::all_of(results.begin(), results.end(), [](const DialResult& r) { return r.right; });
}

std::vector<std::optional<int>> foundDigits(const CodeSet& set, const Profile* profile) {
    std::vector<std::optional<int>> out;
    for (const auto& d : set.digits) {
        std::optional<int> found;
        if (profile) {
            auto it = profile->levels.find(d.level);
            if (it != profile->levels.end() && it->second.done) found = d.value;
        }
        out.push_back(found);
    }
    return out;
}

} // namespace mobi
