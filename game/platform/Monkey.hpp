// The monkey: seeded random input for robustness tests. Each frame it makes a
// few events a child (or a cat on the keyboard) could make — clicks anywhere,
// drags, arrow and action keys, digits, the teacher's letters, typed text —
// so tools/monkey can run every screen for minutes and report a crash with the
// seed that reproduces it.
#pragma once

#include "core/Rng.hpp"
#include "ui/UiEvent.hpp"

#include <vector>

namespace mobi {

class Monkey {
public:
    explicit Monkey(std::uint32_t seed) : m_rng(seed) {}
    // The events of one frame (often none: children pause too).
    std::vector<UiEvent> frame();
    long long events() const { return m_events; }
    // Which scene to start from, of `count` (so deep screens get visited too).
    int pickScene(int count) { return m_rng.between(0, count - 1); }

private:
    Rng m_rng;
    sf::Vector2f m_mouse{640.f, 360.f};
    bool m_down = false;
    long long m_events = 0;
};

} // namespace mobi
