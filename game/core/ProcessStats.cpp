// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProcessStats.hpp"

#include <fstream>
#include <string>

#ifdef _WIN32
// windows.h first: psapi.h uses its types (a blank line keeps clang-format from sorting them).
#include <windows.h>

#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace mobi {

double cpuSeconds() {
#ifdef _WIN32
    FILETIME create, exit, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &create, &exit, &kernel, &user)) return 0;
    auto seconds = [](FILETIME f) {
        return (static_cast<double>(f.dwHighDateTime) * 4294967296.0 + f.dwLowDateTime) * 1e-7;
    };
    return seconds(kernel) + seconds(user);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
#endif
}

#ifdef _WIN32
namespace {
double workingSetMegabytes(bool peak) {
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters)) return 0;
    return static_cast<double>(peak ? counters.PeakWorkingSetSize : counters.WorkingSetSize) / 1048576.0;
}
} // namespace

double peakMegabytes() { return workingSetMegabytes(true); }
double residentMegabytes() { return workingSetMegabytes(false); }
#else
namespace {
// A "Name:   1234 kB" line of /proc/self/status, in megabytes.
double statusMegabytes(const char* name) {
    const std::string key = std::string(name) + ":";
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind(key, 0) == 0) return std::stod(line.substr(key.size())) / 1024.0;
    return 0;
}
} // namespace

double peakMegabytes() { return statusMegabytes("VmHWM"); }
double residentMegabytes() { return statusMegabytes("VmRSS"); }
#endif

} // namespace mobi
