// SPDX-License-Identifier: GPL-3.0-or-later
// The synthesised sounds, checked by numbers since nobody can listen in CI:
// length in seconds, loudness (RMS and peak as fractions of full scale), silent
// ends (no click), a seamless music loop, and bit-identical output on every call.
#include "core/SoundSynth.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

using namespace mobi;

namespace {

constexpr unsigned kRate = 22050;
constexpr double kFullScale = 32767.0;

double seconds(const std::vector<std::int16_t>& s) { return static_cast<double>(s.size()) / kRate; }

double peak(const std::vector<std::int16_t>& s) {
    int loudest = 0;
    for (std::int16_t v : s)
        loudest = std::max(loudest, std::abs(static_cast<int>(v)));
    return loudest / kFullScale;
}

double rms(const std::vector<std::int16_t>& s) {
    double sum = 0.0;
    for (std::int16_t v : s)
        sum += static_cast<double>(v) * v;
    return std::sqrt(sum / static_cast<double>(s.size())) / kFullScale;
}

// Rough pitch: upward zero crossings per second, over the first `maxSeconds`.
double crossingsPerSecond(const std::vector<std::int16_t>& s, double maxSeconds) {
    const std::size_t n = std::min(s.size(), static_cast<std::size_t>(maxSeconds * kRate));
    int crossings = 0;
    for (std::size_t i = 1; i < n; ++i)
        if (s[i - 1] < 0 && s[i] >= 0) ++crossings;
    return crossings / (static_cast<double>(n) / kRate);
}

// Largest jump between neighbouring samples, as a fraction of full scale.
double largestStep(const std::vector<std::int16_t>& s) {
    int step = 0;
    for (std::size_t i = 1; i < s.size(); ++i)
        step = std::max(step, std::abs(s[i] - s[i - 1]));
    return step / kFullScale;
}

// Only what lies below ~150 Hz (two one-pole low-passes in a row, 12 dB per
// octave), to find the bass line under the melody.
std::vector<std::int16_t> lowPass(const std::vector<std::int16_t>& s) {
    const double alpha = 1.0 - std::exp(-2.0 * 3.14159265358979 * 150.0 / kRate);
    std::vector<std::int16_t> out(s.size());
    double y1 = 0.0;
    double y2 = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        y1 += alpha * (s[i] - y1);
        y2 += alpha * (y1 - y2);
        out[i] = static_cast<std::int16_t>(y2);
    }
    return out;
}

struct Expected {
    Sfx sfx;
    const char* name;
    double minSeconds;
    double maxSeconds;
};

const Expected kExpected[] = {
    {Sfx::Click, "Click", 0.02, 0.12},  {Sfx::Success, "Success", 0.4, 1.2}, {Sfx::Error, "Error", 0.3, 1.0},
    {Sfx::Pickup, "Pickup", 0.06, 0.4}, {Sfx::Drop, "Drop", 0.06, 0.5},      {Sfx::Digit, "Digit", 0.6, 2.0},
};

} // namespace

TEST_CASE("every effect has a sensible length, is audible and stays under the peak limit", "[audio]") {
    for (const Expected& e : kExpected) {
        INFO(e.name);
        const auto samples = synthesiseSfx(e.sfx, kRate);
        REQUIRE_FALSE(samples.empty());
        CHECK(seconds(samples) >= e.minSeconds);
        CHECK(seconds(samples) <= e.maxSeconds);
        CHECK(rms(samples) > 0.03);
        CHECK(peak(samples) > 0.2);
        CHECK(peak(samples) <= kSfxPeakLimit);
    }
}

TEST_CASE("every effect starts and ends at silence, so it never clicks", "[audio]") {
    for (const Expected& e : kExpected) {
        INFO(e.name);
        const auto samples = synthesiseSfx(e.sfx, kRate);
        REQUIRE(samples.size() > 16);
        CHECK(std::abs(samples.front()) <= 50);
        CHECK(std::abs(samples.back()) <= 50);
        // The first and last millisecond are a ramp, not a wall.
        const std::vector<std::int16_t> head(samples.begin(), samples.begin() + 8);
        const std::vector<std::int16_t> tail(samples.end() - 8, samples.end());
        CHECK(peak(head) < 0.1);
        CHECK(peak(tail) < 0.1);
    }
}

TEST_CASE("the effect list covers every effect once", "[audio]") {
    CHECK(std::size(kAllSfx) == std::size(kExpected));
    for (std::size_t i = 0; i < std::size(kAllSfx); ++i)
        CHECK(kAllSfx[i] == kExpected[i].sfx);
}

TEST_CASE("the error sound is low and softer than the success sound", "[audio]") {
    const auto error = synthesiseSfx(Sfx::Error, kRate);
    const auto success = synthesiseSfx(Sfx::Success, kRate);
    // G3 then E3: around 160-200 crossings a second; success sits above C5 (523 Hz).
    CHECK(crossingsPerSecond(error, 0.5) < 300.0);
    CHECK(crossingsPerSecond(success, 0.5) > 450.0);
    CHECK(peak(error) < peak(success));
}

TEST_CASE("pickup rises in pitch and drop falls", "[audio]") {
    const auto pickup = synthesiseSfx(Sfx::Pickup, kRate);
    const auto drop = synthesiseSfx(Sfx::Drop, kRate);
    const auto secondHalf = [](const std::vector<std::int16_t>& s) {
        return std::vector<std::int16_t>(s.begin() + static_cast<std::ptrdiff_t>(s.size() / 2), s.end());
    };
    CHECK(crossingsPerSecond(secondHalf(pickup), 1.0) >
          crossingsPerSecond(pickup, seconds(pickup) / 2) * 1.2);
    CHECK(crossingsPerSecond(secondHalf(drop), 1.0) < crossingsPerSecond(drop, seconds(drop) / 2) * 0.8);
}

TEST_CASE("effects and music are the same on every call", "[audio]") {
    for (Sfx sfx : kAllSfx)
        CHECK(synthesiseSfx(sfx, kRate) == synthesiseSfx(sfx, kRate));
    CHECK(synthesiseMusicLoop(kRate) == synthesiseMusicLoop(kRate));
}

TEST_CASE("the sample rate scales the length, and a zero rate gives nothing", "[audio]") {
    const auto low = synthesiseSfx(Sfx::Success, kRate);
    const auto high = synthesiseSfx(Sfx::Success, 2 * kRate);
    CHECK(high.size() == Approx(2.0 * low.size()).margin(2));
    CHECK(peak(high) <= kSfxPeakLimit);
    CHECK(synthesiseSfx(Sfx::Click, 0).empty());
    CHECK(synthesiseMusicLoop(0).empty());
}

TEST_CASE("the music loop is calm, quiet and long enough not to nag", "[audio]") {
    const auto music = synthesiseMusicLoop(kRate);
    REQUIRE_FALSE(music.empty());
    CHECK(seconds(music) == Approx(kMusicLoopSeconds).margin(1.0 / kRate));
    CHECK(seconds(music) >= 16.0);
    CHECK(seconds(music) <= 24.0);
    CHECK(rms(music) > 0.03);
    CHECK(peak(music) <= kMusicPeakLimit);
    // Soft voices only: no sample-to-sample jump that would be a click or a buzz.
    CHECK(largestStep(music) < 0.1);
    // Never silent for long inside the loop: every second has some sound.
    for (std::size_t second = 0; second + 1 < music.size() / kRate; ++second) {
        INFO("second " << second);
        const std::vector<std::int16_t> slice(music.begin() + static_cast<std::ptrdiff_t>(second * kRate),
                                              music.begin() +
                                                  static_cast<std::ptrdiff_t>((second + 1) * kRate));
        CHECK(rms(slice) > 0.01);
    }
}

TEST_CASE("the bass carries every bar of the music", "[audio]") {
    const auto bass = lowPass(synthesiseMusicLoop(kRate));
    const std::size_t bar = bass.size() / 8;
    for (std::size_t i = 0; i < 8; ++i) {
        INFO("bar " << i + 1);
        const std::vector<std::int16_t> slice(bass.begin() + static_cast<std::ptrdiff_t>(i * bar),
                                              bass.begin() + static_cast<std::ptrdiff_t>((i + 1) * bar));
        CHECK(rms(slice) > 0.015);
    }
}

TEST_CASE("the music loop joins its end to its start without a seam", "[audio]") {
    const auto music = synthesiseMusicLoop(kRate);
    REQUIRE(music.size() > 2);
    CHECK(std::abs(music.front()) <= 50);
    CHECK(std::abs(music.back()) <= 50);
    CHECK(std::abs(music.back() - music.front()) <= 50);
    // Across the seam (last 5 ms then first 5 ms) the signal stays quiet and smooth.
    const std::size_t span = kRate / 200;
    std::vector<std::int16_t> seam(music.end() - static_cast<std::ptrdiff_t>(span), music.end());
    seam.insert(seam.end(), music.begin(), music.begin() + static_cast<std::ptrdiff_t>(span));
    CHECK(largestStep(seam) < 0.02);
}
