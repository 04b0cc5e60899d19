// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/MobiMood.hpp"

#include <algorithm>

namespace mobi {
namespace {

constexpr int kGladSteps = 60;        // a second of joy for each success
constexpr int kSurprisedSteps = 75;   // an "oops" is felt a little longer, never as sadness
constexpr int kSleepyAfter = 15 * 60; // a quarter of a minute without any input

} // namespace

void MobiMood::step(const std::vector<LevelEvent>& events, Outcome outcome, int idleSteps) {
    if (outcome == Outcome::Won) { // pride stays to the end panel
        m_feeling = Feeling::Proud;
        m_left = m_length = 1;
        return;
    }
    auto feel = [this](Feeling f, int steps) {
        m_feeling = f;
        m_left = m_length = steps;
    };
    for (const LevelEvent& e : events) {
        if (e.kind == LevelEvent::Kind::Success || e.kind == LevelEvent::Kind::Collected ||
            e.kind == LevelEvent::Kind::Phase)
            feel(Feeling::Glad, kGladSteps);
        else if (e.kind == LevelEvent::Kind::Oops)
            feel(Feeling::Surprised, kSurprisedSteps);
    }
    if (m_left > 0 && --m_left == 0) m_feeling = Feeling::Calm;
    if (m_feeling == Feeling::Calm && idleSteps >= kSleepyAfter) m_feeling = Feeling::Sleepy;
    if (m_feeling == Feeling::Sleepy && idleSteps == 0) m_feeling = Feeling::Calm;
}

float MobiMood::strength() const {
    if (m_feeling == Feeling::Proud) return 1.f;
    return m_length > 0 ? std::clamp(static_cast<float>(m_left) / static_cast<float>(m_length), 0.f, 1.f)
                        : 0.f;
}

} // namespace mobi
