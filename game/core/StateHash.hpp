// SPDX-License-Identifier: GPL-3.0-or-later
// A 64-bit FNV-1a hash of a simulation's state. Two runs with the same seed,
// script and binary must give the same hash; floats are hashed by their bits.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

namespace mobi {

class StateHasher {
public:
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) {
            m_hash ^= p[i];
            m_hash *= 1099511628211ULL;
        }
    }
    void add(float v) {
        if (v == 0.f) v = 0.f; // -0 and +0 are the same state
        bytes(&v, sizeof v);
    }
    void add(std::int64_t v) { bytes(&v, sizeof v); }
    void add(int v) { add(static_cast<std::int64_t>(v)); }
    void add(bool v) { add(static_cast<std::int64_t>(v ? 1 : 0)); }
    void add(const std::string& s) { bytes(s.data(), s.size()); }
    std::uint64_t value() const { return m_hash; }

    // 16 lower-case hex digits.
    static std::string hex(std::uint64_t v) {
        static const char* digits = "0123456789abcdef";
        std::string out(16, '0');
        for (int i = 15; i >= 0; --i, v >>= 4)
            out[static_cast<std::size_t>(i)] = digits[v & 15];
        return out;
    }

private:
    std::uint64_t m_hash = 14695981039346656037ULL;
};

} // namespace mobi
