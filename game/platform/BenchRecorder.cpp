// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/BenchRecorder.hpp"

#include "core/ProcessStats.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace mobi {
namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

} // namespace

BenchRecorder::Clock::time_point BenchRecorder::s_launch = BenchRecorder::Clock::now();

void BenchRecorder::markLaunch() { s_launch = Clock::now(); }

void BenchRecorder::start() {
    m_start = Clock::now();
    m_firstFrameMs = std::chrono::duration<double, std::milli>(m_start - s_launch).count();
    m_cpuStart = cpuSeconds();
    m_frames.clear();
}

void BenchRecorder::frame(double milliseconds) { m_frames.push_back(milliseconds); }

bool BenchRecorder::done(double seconds) const {
    return std::chrono::duration<double>(Clock::now() - m_start).count() >= seconds;
}

std::string BenchRecorder::report(const std::string& scene, int frameLimit) const {
    const double wall = std::chrono::duration<double>(Clock::now() - m_start).count();
    const double cpu = (cpuSeconds() - m_cpuStart) / std::max(wall, 1e-6) * 100.0;
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(2);
    out << "scene=" << scene << " limit=" << frameLimit << " frames=" << m_frames.size()
        << " p50_ms=" << percentile(m_frames, 0.5) << " p95_ms=" << percentile(m_frames, 0.95)
        << " max_ms=" << percentile(m_frames, 1.0) << " cpu_pct=" << cpu << " peak_mb=" << peakMegabytes()
        << " first_frame_ms=" << m_firstFrameMs << "\n";
    return out.str();
}

} // namespace mobi
