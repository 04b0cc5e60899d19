// SPDX-License-Identifier: GPL-3.0-or-later
// A level in phases (the repair bench, the recycler, the podium): entering a
// phase puts its bodies and zones in play, the others out, sets its gravity,
// lets go of what the hand held and tells the view. A phase can end after a
// moment to enjoy a success (finishAfter), then the next one begins.
#pragma once

#include "core/StateHash.hpp"
#include "levels/LevelRules.hpp"

#include <string>

namespace mobi {

class Phases {
public:
    void enter(LevelContext& ctx, std::size_t index);
    // Call every step; true on the step the phase moved on to the next one.
    bool step(LevelContext& ctx);
    // After `steps` more steps the next phase begins (a celebration first).
    void finishAfter(int steps);
    bool finishing() const { return m_finishIn >= 0; }

    std::size_t index() const { return m_index; }
    const std::string& name(const LevelContext& ctx) const { return ctx.data.phases[m_index].name; }
    int steps() const { return m_steps; } // since the phase began
    void hash(StateHasher& h) const;

private:
    std::size_t m_index = 0;
    int m_steps = 0;
    int m_finishIn = -1;
};

} // namespace mobi
