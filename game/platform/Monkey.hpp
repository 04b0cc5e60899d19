// SPDX-License-Identifier: GPL-3.0-or-later
// The monkey: seeded random input for robustness tests. Each frame it makes a
// few events a child (or a cat on the keyboard) could make — clicks anywhere,
// drags, arrow and action keys, digits, the teacher's letters, typed text —
// so tools/monkey can run every screen for minutes and report a crash with the
// seed that reproduces it. Its events are window events in the form of an
// events file, so App sends them through the same path as the keyboard's.
#pragma once

#include "core/EventScript.hpp"
#include "core/Rng.hpp"

#include <vector>

namespace mobi {

class Monkey {
public:
    explicit Monkey(std::uint32_t seed) : m_rng(seed) {}
    // The events of one frame (often none: children pause too).
    std::vector<RecordedEvent> frame();
    long long events() const { return m_events; }
    // Which scene to start from, of `count` (so deep screens get visited too).
    int pickScene(int count) { return m_rng.between(0, count - 1); }

private:
    Rng m_rng;
    float m_mouseX = 640.f, m_mouseY = 360.f; // logical pixels
    bool m_down = false;
    long long m_events = 0;
};

} // namespace mobi
