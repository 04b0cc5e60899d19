// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed time step of the game loop ("Fix Your Timestep!"): real elapsed
// time is fed into an accumulator and the simulation always advances by the
// same dt, so physics and replays behave the same on any machine.
#pragma once

namespace mobi {

constexpr double kStepSeconds = 1.0 / 60.0;

class FixedStep {
public:
    static constexpr double kMaxAccumulated = 0.25; // seconds: a long stall is dropped, not caught up
    static constexpr int kMaxStepsPerFrame = 5;     // a slow PC slows the game rather than spiralling

    // Adds elapsed real time (seconds) and returns how many steps to run now.
    int advance(double elapsedSeconds) {
        if (elapsedSeconds > 0) m_accumulated += elapsedSeconds;
        if (m_accumulated > kMaxAccumulated) m_accumulated = kMaxAccumulated;
        int steps = 0;
        while (m_accumulated >= kStepSeconds && steps < kMaxStepsPerFrame) {
            m_accumulated -= kStepSeconds;
            ++steps;
        }
        // Whatever could not be run within the cap is dropped.
        if (steps == kMaxStepsPerFrame && m_accumulated >= kStepSeconds) m_accumulated = 0;
        return steps;
    }
    // After the loop slept waiting for input, start afresh instead of catching up.
    void reset() { m_accumulated = 0; }
    // Fraction of a step left over, for interpolated drawing (0..1).
    double alpha() const { return m_accumulated / kStepSeconds; }

private:
    double m_accumulated = 0;
};

} // namespace mobi
