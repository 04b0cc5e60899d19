// SPDX-License-Identifier: GPL-3.0-or-later
// What this process costs the machine: CPU time and resident memory. Used by
// the benchmark (--bench) and the soak test (--headless --soak), which print
// figures; nothing in the game's behaviour depends on them.
#pragma once

namespace mobi {

// User plus system CPU time used so far, in seconds.
double cpuSeconds();

// Peak resident memory since the process started, in megabytes (0 if unknown).
double peakMegabytes();

// Resident memory now, in megabytes (0 if unknown).
double residentMegabytes();

} // namespace mobi
