// SPDX-License-Identifier: GPL-3.0-or-later
// Where Mobi's voice is heard: the game's audio (platform/Audio.hpp), or a
// stand-in in tests and benchmarks. Pure: no SFML.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace mobi {

class VoiceOutput {
public:
    virtual ~VoiceOutput() = default;
    // One speech at a time: a new one cuts the last. The samples are copied;
    // mono 16-bit at `sampleRate`.
    virtual void playVoice(const std::vector<std::int16_t>& samples, unsigned sampleRate) = 0;
    // Also said when a speech is over, so the output can undo what it did for it.
    virtual void stopVoice() = 0;
    // The sample being heard now, or nullopt when no speech plays (never
    // started, stopped, or over).
    virtual std::optional<std::size_t> voiceSample() const = 0;
};

// A voice heard by nobody that keeps time as if it were: for a benchmark on
// a machine without a sound device, so the words still move as they would.
class TimedSilentVoice final : public VoiceOutput {
public:
    void playVoice(const std::vector<std::int16_t>& samples, unsigned sampleRate) override {
        m_samples = samples.size();
        m_rate = sampleRate;
        m_started = std::chrono::steady_clock::now();
        m_playing = true;
    }
    void stopVoice() override { m_playing = false; }
    std::optional<std::size_t> voiceSample() const override {
        if (!m_playing) return std::nullopt;
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
        const auto sample = static_cast<std::size_t>(seconds * m_rate);
        if (sample >= m_samples) return std::nullopt;
        return sample;
    }

private:
    std::size_t m_samples = 0;
    unsigned m_rate = 0;
    std::chrono::steady_clock::time_point m_started;
    bool m_playing = false;
};

} // namespace mobi
