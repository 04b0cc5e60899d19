// SPDX-License-Identifier: GPL-3.0-or-later
// The gesture a level shows with a ghost hand on the thing to touch, so that
// a child who cannot read yet sees what to do: tilt it, drag it there, hold
// it, sweep it. The rules say which gesture on what (names of the level
// file); the timer says when: as each new task begins and whenever the
// player has been idle a while, never while they are already holding
// something. Plain data, no drawing: levels fill it, ui/GestureHand.hpp draws it.
#pragma once

#include <string>

namespace mobi {

struct GestureCue {
    // Tug: take it and pull it straight up, `reach` metres (a wedged phone out of
    // a drawer). Sling: take it, pull it back to `to`, let go (a slingshot).
    enum class Kind { None, Tilt, Drag, Hold, Sweep, Tug, Sling };
    Kind kind = Kind::None;
    std::string on;    // the body or zone to touch
    std::string to;    // Drag, Sling: the body or zone to take it to
    float reach = 0.f; // Sweep: metres either side of `on`; Tug: metres up

    bool operator==(const GestureCue& o) const {
        return kind == o.kind && on == o.on && to == o.to && reach == o.reach;
    }
    bool operator!=(const GestureCue& o) const { return !(*this == o); }
};

// A cue placed in the world (metres), as the view draws it.
struct PlacedCue {
    GestureCue::Kind kind = GestureCue::Kind::None;
    float x = 0.f, y = 0.f;     // the thing to touch
    float toX = 0.f, toY = 0.f; // Drag: where it goes; Sweep: the far end
};

class CueTimer {
public:
    static constexpr int kShowSteps = 4 * 60; // as a new task begins
    static constexpr int kIdleSteps = 6 * 60; // then again after this long without input
    // One step: `wanted` is what the rules would show now.
    void step(const GestureCue& wanted, int steps) {
        if (wanted != m_cue) {
            m_cue = wanted;
            m_since = steps;
        }
    }
    // Whether the cue is to be shown at `steps`.
    bool showing(int steps, int idleSteps, bool holding) const {
        if (m_cue.kind == GestureCue::Kind::None || holding) return false;
        return steps - m_since < kShowSteps || idleSteps >= kIdleSteps;
    }
    const GestureCue& cue() const { return m_cue; }

private:
    GestureCue m_cue;
    int m_since = 0;
};

} // namespace mobi
