// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for tools/bench: frame times, CPU use, peak memory, time to the
// first frame. Measured in the real loop, printed as one line of key=value.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace mobi {

class BenchRecorder {
public:
    using Clock = std::chrono::steady_clock;

    // The moment main() started, for the time to the first frame.
    static void markLaunch();

    void start();                    // after the first frame is shown
    void frame(double milliseconds); // the work of one frame
    bool done(double seconds) const; // measured long enough
    // One line of key=value figures; frameLimit is images a second, 0 for none.
    std::string report(const std::string& scene, int frameLimit) const;

private:
    static Clock::time_point s_launch;
    Clock::time_point m_start;
    double m_firstFrameMs = 0;
    double m_cpuStart = 0; // seconds of CPU (user + system) at start
    std::vector<double> m_frames;
};

} // namespace mobi
