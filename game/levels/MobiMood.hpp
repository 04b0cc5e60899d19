// SPDX-License-Identifier: GPL-3.0-or-later
// How Mobi feels about what just happened in a level, from the level's
// events: glad at a success, surprised at an "oops", proud when the level is
// won, sleepy when nothing has happened for a long while. A feeling lasts a
// moment and fades back to calm. Simulation only: views draw the face.
#pragma once

#include "levels/LevelRules.hpp"

#include <vector>

namespace mobi {

class MobiMood {
public:
    enum class Feeling { Calm, Glad, Surprised, Proud, Sleepy };

    void step(const std::vector<LevelEvent>& events, Outcome outcome, int idleSteps);
    Feeling feeling() const { return m_feeling; }
    // 1 just after the feeling came, down to 0 as it fades: for a hop.
    float strength() const;

private:
    Feeling m_feeling = Feeling::Calm;
    int m_left = 0, m_length = 1; // steps the feeling still lasts, of its whole length
};

} // namespace mobi
