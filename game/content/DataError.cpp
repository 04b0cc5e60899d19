// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/DataError.hpp"

namespace mobi {

std::string DataError::toString() const {
    if (line > 0) return file + ":" + std::to_string(line) + ": " + message;
    return file + ": " + message;
}

void ErrorList::add(const std::string& file, int line, const std::string& message) {
    m_errors.push_back({file, line, message});
}

void ErrorList::append(const ErrorList& other) {
    m_errors.insert(m_errors.end(), other.m_errors.begin(), other.m_errors.end());
}

std::string ErrorList::toString() const {
    std::string out;
    for (const auto& e : m_errors)
        out += e.toString() + "\n";
    return out;
}

} // namespace mobi
