// SPDX-License-Identifier: GPL-3.0-or-later
// A seeded random generator with the same results on every platform: the
// standard distributions are implementation-defined (a Windows build would
// diverge from Linux), so only the mt19937 engine, whose output the standard
// fixes, is used, and numbers are made from its bits here.
#pragma once

#include <cstdint>
#include <random>

namespace mobi {

class Rng {
public:
    explicit Rng(std::uint32_t seed) : m_engine(seed) {}

    std::uint32_t next() { return static_cast<std::uint32_t>(m_engine()); }
    // Uniform in [0, 1) with 24 bits, exactly representable as a float.
    float unit() { return static_cast<float>(next() >> 8) * (1.0f / 16777216.0f); }
    float uniform(float lo, float hi) { return lo + (hi - lo) * unit(); }
    // Uniform integer in [lo, hi] (small ranges; the bias is negligible).
    int between(int lo, int hi) {
        return lo + static_cast<int>(next() % static_cast<std::uint32_t>(hi - lo + 1));
    }
    bool chance(float p) { return unit() < p; }

private:
    std::mt19937 m_engine;
};

} // namespace mobi
