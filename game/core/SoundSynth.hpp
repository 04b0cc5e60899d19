// SPDX-License-Identifier: GPL-3.0-or-later
// Every sound of the game, synthesised in code: short effects and one calm
// background loop. Pure functions, no SFML, so they are unit-tested without an
// audio device. Output is mono signed 16-bit PCM at the requested sample rate
// (samples per second); durations below are in seconds. The same rate always
// gives the same samples, bit for bit.
#pragma once

#include <cstdint>
#include <vector>

namespace mobi {

enum class Sfx {
    Click,   // soft UI tick (~0.05 s)
    Success, // short happy rising arpeggio (~0.7 s)
    Error,   // gentle low two-note "try again" (~0.6 s), never harsh
    Pickup,  // an object is grabbed: small upward "bloop" (~0.15 s)
    Drop,    // an object is let go: small downward "bloop" with a soft thump (~0.2 s)
    Digit,   // a vault digit is earned: glowing chime (~1.4 s)
};

// Every effect, in declaration order, for loops over all of them.
inline constexpr Sfx kAllSfx[] = {Sfx::Click, Sfx::Success, Sfx::Error, Sfx::Pickup, Sfx::Drop, Sfx::Digit};

// Peaks, as fractions of full scale (32767), that the synthesiser never exceeds:
// effects leave headroom for overlapping voices, the music stays under speech-like effects.
inline constexpr double kSfxPeakLimit = 0.70;
inline constexpr double kMusicPeakLimit = 0.35;

// Length of the music loop in seconds (8 bars of 4 beats at 96 beats per minute).
inline constexpr double kMusicLoopSeconds = 20.0;

// One effect. Starts and ends at silence (no click). Empty if sampleRate is 0.
std::vector<std::int16_t> synthesiseSfx(Sfx sfx, unsigned sampleRate);

// The background tune: C major pentatonic melody, soft pad and bass, exactly
// kMusicLoopSeconds long. Every note ends inside the loop, so it starts and ends
// at silence and repeats without a seam. Empty if sampleRate is 0.
std::vector<std::int16_t> synthesiseMusicLoop(unsigned sampleRate);

} // namespace mobi
