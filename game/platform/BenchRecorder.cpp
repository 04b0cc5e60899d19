#include "platform/BenchRecorder.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#ifdef _WIN32
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace mobi {
namespace {

double cpuSeconds() {
#ifdef _WIN32
    FILETIME create, exit, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &create, &exit, &kernel, &user)) return 0;
    auto seconds = [](FILETIME f) { return (static_cast<double>(f.dwHighDateTime) * 4294967296.0 + f.dwLowDateTime) * 1e-7; };
    return seconds(kernel) + seconds(user);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
#endif
}

// Peak resident memory in megabytes.
double peakMegabytes() {
#ifdef _WIN32
    PROCESS_MEMORY_COUNTERS counters{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return static_cast<double>(counters.PeakWorkingSetSize) / 1048576.0;
    return 0;
#else
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0; // kB
    return 0;
#endif
}

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

std::string BenchRecorder::report(const std::string& scene, bool capped) const {
    const double wall = std::chrono::duration<double>(Clock::now() - m_start).count();
    const double cpu = (cpuSeconds() - m_cpuStart) / std::max(wall, 1e-6) * 100.0;
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(2);
    out << "scene=" << scene << " capped=" << (capped ? 1 : 0) << " frames=" << m_frames.size() << " p50_ms=" << percentile(m_frames, 0.5)
        << " p95_ms=" << percentile(m_frames, 0.95) << " max_ms=" << percentile(m_frames, 1.0) << " cpu_pct=" << cpu
        << " peak_mb=" << peakMegabytes() << " first_frame_ms=" << m_firstFrameMs << "\n";
    return out.str();
}

} // namespace mobi
