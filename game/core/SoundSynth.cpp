// SPDX-License-Identifier: GPL-3.0-or-later
// Additive synthesis of the game's sounds: each sound is a list of notes
// (start and length in seconds, frequency in Hz, relative amplitude), mixed in
// float and scaled once so the loudest sample hits a chosen fraction of full
// scale. Wavetables and a phase accumulator keep it cheap: every sound at
// 22050 Hz takes 4-6 ms warm, under 20 ms on a first call (fresh memory).
#include "core/SoundSynth.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace mobi {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr std::size_t kTableSize = 2048;   // samples per cycle: interpolation error below -90 dB
constexpr double kPhaseOne = 4294967296.0; // one cycle in 32-bit fixed point
constexpr unsigned kFracBits = 21;         // 32 bits - log2(kTableSize)
constexpr std::uint32_t kFracMask = (1u << kFracBits) - 1u;
constexpr float kFracScale = 1.0f / static_cast<float>(1u << kFracBits);

// Soft timbres only: every table has few, quickly falling harmonics, so nothing sounds buzzy.
enum class Timbre { Sine, Warm, Triangle, Count };

// One cycle of a waveform plus one guard sample, so interpolation never has to wrap.
using Table = std::array<float, kTableSize + 1>;

Table makeTable(Timbre timbre) {
    // Harmonic amplitudes 1..5. Warm: a sine with a little 2nd and 3rd (a mellow
    // mallet); Triangle: odd harmonics at 1/n², rounded by stopping at the 5th.
    std::array<double, 5> harmonics{1.0, 0.0, 0.0, 0.0, 0.0};
    if (timbre == Timbre::Warm) harmonics = {1.0, 0.25, 0.08, 0.0, 0.0};
    if (timbre == Timbre::Triangle) harmonics = {1.0, 0.0, -1.0 / 9.0, 0.0, 1.0 / 25.0};
    Table table{};
    for (std::size_t i = 0; i <= kTableSize; ++i) {
        const double phase = 2.0 * kPi * static_cast<double>(i) / static_cast<double>(kTableSize);
        double v = 0.0;
        for (std::size_t h = 0; h < harmonics.size(); ++h)
            v += harmonics[h] * std::sin(phase * static_cast<double>(h + 1));
        table[i] = static_cast<float>(v);
    }
    return table;
}

const Table& tableFor(Timbre timbre) {
    // Built once per process (thread-safe static), shared by every sound.
    static const std::array<Table, static_cast<std::size_t>(Timbre::Count)> tables{
        makeTable(Timbre::Sine), makeTable(Timbre::Warm), makeTable(Timbre::Triangle)};
    return tables[static_cast<std::size_t>(timbre)];
}

// Cubic ease 0 → 1 for x in [0, 1]: its slope is zero at both ends, so fades have no corner.
float smoothstep(float x) { return x * x * (3.0f - 2.0f * x); }

double midiToHz(double midi) { return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0); }

struct Note {
    double start = 0.0;   // s from the start of the sound
    double length = 0.1;  // s; the note is exactly silent from start + length on
    double freq = 440.0;  // Hz at the start
    double freqEnd = 0.0; // Hz at the end, for a glide; 0 means no glide
    double amp = 1.0;     // relative; the whole sound is normalised afterwards
    Timbre timbre = Timbre::Sine;
    double attack = 0.005; // s, smooth rise from zero
    double decay = 0.0;    // s, time constant of the exponential fall; 0 = sustain
    double release = 0.02; // s, smooth fade to zero at the end of the note
};

// Sums notes into a float buffer of fixed length, then converts to 16-bit.
class Mixer {
public:
    Mixer(unsigned sampleRate, double seconds)
        : m_rate(static_cast<double>(sampleRate)),
          m_mix(static_cast<std::size_t>(std::lround(seconds * sampleRate)), 0.0f) {}

    void add(const Note& note) {
        const std::size_t first = static_cast<std::size_t>(std::lround(note.start * m_rate));
        if (first >= m_mix.size()) return;
        // A note that would run past the end is shortened, and its release moves with
        // it, so every note still ends at zero inside the buffer.
        const std::size_t count =
            std::min(static_cast<std::size_t>(std::lround(note.length * m_rate)), m_mix.size() - first);
        if (count < 2) return;
        const Table& table = tableFor(note.timbre);
        // Ramps use reciprocals: a division per sample would double the music's cost.
        const std::size_t attackSamples = std::max<std::size_t>(1, std::lround(note.attack * m_rate));
        const std::size_t releaseSamples = std::max<std::size_t>(1, std::lround(note.release * m_rate));
        const float invAttack = 1.0f / static_cast<float>(attackSamples);
        const float invRelease = 1.0f / static_cast<float>(releaseSamples);
        const std::size_t releaseStart = count > releaseSamples ? count - releaseSamples : 0;
        const float decayFactor =
            note.decay > 0.0 ? static_cast<float>(std::exp(-1.0 / (note.decay * m_rate))) : 1.0f;
        const double endFreq = note.freqEnd > 0.0 ? note.freqEnd : note.freq;
        // Exponential glide: constant ratio per sample, so the pitch moves evenly by ear.
        const double glide = std::pow(endFreq / note.freq, 1.0 / static_cast<double>(count));
        // Phase is a 32-bit fixed-point fraction of a cycle: it wraps by itself, its
        // top bits index the table and the rest interpolate.
        double increment = note.freq / m_rate * kPhaseOne; // phase units per sample
        std::uint32_t step = static_cast<std::uint32_t>(increment);
        const bool gliding = glide != 1.0;
        std::uint32_t phase = 0;
        float level = static_cast<float>(note.amp);
        float* out = m_mix.data() + first;
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint32_t index = phase >> kFracBits;
            const float frac = static_cast<float>(phase & kFracMask) * kFracScale;
            float value = (table[index] + frac * (table[index + 1] - table[index])) * level;
            if (i < attackSamples) value *= smoothstep(static_cast<float>(i) * invAttack);
            if (i >= releaseStart) value *= smoothstep(static_cast<float>(count - 1 - i) * invRelease);
            out[i] += value;
            level *= decayFactor;
            phase += step;
            if (gliding) {
                increment *= glide;
                step = static_cast<std::uint32_t>(increment);
            }
        }
    }

    // Copies [from, from + seconds) over [to, to + seconds), for repeated passages:
    // rendering them once halves the cost of the music.
    void repeat(double from, double seconds, double to) {
        const std::size_t source = static_cast<std::size_t>(std::lround(from * m_rate));
        const std::size_t target = static_cast<std::size_t>(std::lround(to * m_rate));
        const std::size_t count = static_cast<std::size_t>(std::lround(seconds * m_rate));
        if (source + count > m_mix.size() || target + count > m_mix.size()) return;
        std::copy_n(m_mix.begin() + static_cast<std::ptrdiff_t>(source), count,
                    m_mix.begin() + static_cast<std::ptrdiff_t>(target));
    }

    // Scales so the loudest sample is exactly `peak` of full scale.
    std::vector<std::int16_t> finish(double peak) const {
        float loudest = 0.0f;
        for (float v : m_mix)
            loudest = std::max(loudest, std::fabs(v));
        const float gain = loudest > 0.0f ? static_cast<float>(peak * 32767.0) / loudest : 0.0f;
        std::vector<std::int16_t> out;
        out.reserve(m_mix.size());
        for (float v : m_mix) {
            // Rounds half away from zero like std::lround, without its library call per sample.
            const float scaled = std::clamp(v * gain, -32767.0f, 32767.0f);
            out.push_back(static_cast<std::int16_t>(scaled >= 0.0f ? scaled + 0.5f : scaled - 0.5f));
        }
        return out;
    }

private:
    double m_rate;
    std::vector<float> m_mix;
};

// A short, rounded "tok": a fast-falling blip with a lower body, no noise.
std::vector<std::int16_t> click(unsigned rate) {
    Mixer mix(rate, 0.05);
    mix.add({0.0, 0.05, 1200.0, 850.0, 1.0, Timbre::Sine, 0.0015, 0.012, 0.015});
    mix.add({0.0, 0.05, 600.0, 500.0, 0.4, Timbre::Sine, 0.002, 0.015, 0.015});
    return mix.finish(0.35);
}

// C5 E5 G5 C6, 75 ms apart, each left ringing; a soft octave sparkle on top.
std::vector<std::int16_t> success(unsigned rate) {
    constexpr double kLength = 0.72;
    Mixer mix(rate, kLength);
    const double notes[] = {72, 76, 79, 84};
    for (int i = 0; i < 4; ++i) {
        const double start = 0.075 * i;
        const double amp = i == 3 ? 1.0 : 0.8;
        mix.add({start, kLength - start, midiToHz(notes[i]), 0.0, amp, Timbre::Warm, 0.004, 0.22, 0.1});
    }
    mix.add({0.225, kLength - 0.225, midiToHz(96), 0.0, 0.2, Timbre::Sine, 0.004, 0.12, 0.1});
    return mix.finish(0.60);
}

// "Uh-oh" as a soft descending minor third (G3 → E3), slow attacks, low and
// quieter than success: it says "try again", never "wrong!".
std::vector<std::int16_t> error(unsigned rate) {
    Mixer mix(rate, 0.64);
    mix.add({0.0, 0.26, midiToHz(55), 0.0, 1.0, Timbre::Warm, 0.02, 0.5, 0.07});
    mix.add({0.22, 0.42, midiToHz(52), 0.0, 1.0, Timbre::Warm, 0.025, 0.3, 0.14});
    return mix.finish(0.42);
}

// Grabbing rises an octave; dropping falls a bit more than an octave and lands on a soft thump.
std::vector<std::int16_t> pickup(unsigned rate) {
    Mixer mix(rate, 0.14);
    mix.add({0.0, 0.14, 420.0, 840.0, 1.0, Timbre::Warm, 0.006, 0.1, 0.04});
    return mix.finish(0.50);
}

std::vector<std::int16_t> drop(unsigned rate) {
    Mixer mix(rate, 0.18);
    mix.add({0.0, 0.17, 620.0, 290.0, 1.0, Timbre::Warm, 0.004, 0.08, 0.05});
    mix.add({0.04, 0.14, 130.0, 70.0, 0.8, Timbre::Sine, 0.003, 0.04, 0.05});
    return mix.finish(0.55);
}

// Two bell strikes (B5 then E6), each doubled a few Hz apart: the slow beating
// between the pair is the "glow". A warm E5 underneath gives body.
std::vector<std::int16_t> digit(unsigned rate) {
    constexpr double kLength = 1.5;
    Mixer mix(rate, kLength);
    const double b5 = midiToHz(83);
    const double e6 = midiToHz(88);
    mix.add({0.0, 1.2, b5, 0.0, 0.6, Timbre::Sine, 0.003, 0.5, 0.3});
    mix.add({0.0, 1.2, b5 + 2.5, 0.0, 0.4, Timbre::Sine, 0.003, 0.5, 0.3});
    mix.add({0.1, kLength - 0.1, e6, 0.0, 0.8, Timbre::Sine, 0.003, 0.6, 0.4});
    mix.add({0.1, kLength - 0.1, e6 + 3.0, 0.0, 0.5, Timbre::Sine, 0.003, 0.6, 0.4});
    mix.add({0.1, 0.6, 2.0 * e6, 0.0, 0.15, Timbre::Sine, 0.002, 0.15, 0.2});
    mix.add({0.1, kLength - 0.1, midiToHz(76), 0.0, 0.35, Timbre::Warm, 0.03, 0.7, 0.4});
    return mix.finish(0.60);
}

// --- Music: 8 bars of C Am F G at 96 bpm (one beat = 0.625 s, loop = 20 s). ---

constexpr double kBeat = 60.0 / 96.0; // s

struct Bar {
    int root;               // bass, MIDI note
    std::array<int, 3> pad; // soft sustained chord, MIDI notes
};

constexpr std::array<Bar, 4> kChords{{
    {48, {60, 64, 67}}, // C
    {45, {57, 60, 64}}, // Am
    {41, {57, 60, 65}}, // F
    {43, {55, 59, 62}}, // G
}};

struct MelodyNote {
    double beat;  // start, in beats from the loop start
    double beats; // length, in beats
    int midi;
};

// Only C D E G A (C major pentatonic): no note can clash with another.
constexpr MelodyNote kMelody[] = {
    {0, 1, 76},  {1, 1, 79},  {2, 2, 81},  {4, 1, 79},  {5, 1, 76},  {6, 2, 74},    {8, 1, 72},  {9, 1, 69},
    {10, 1, 72}, {11, 1, 74}, {12, 3, 74}, {16, 1, 76}, {17, 1, 79}, {18, 1, 84},   {19, 1, 81}, {20, 2, 79},
    {22, 2, 76}, {24, 1, 74}, {25, 1, 72}, {26, 2, 69}, {28, 1, 74}, {29, 2.5, 67},
};

// Bars 5-8 repeat bars 1-4 exactly, and every note ends inside its bar, so
// the first half is rendered once and copied.
void addAccompaniment(Mixer& mix) {
    for (int bar = 0; bar < 4; ++bar) {
        const Bar& chord = kChords[static_cast<std::size_t>(bar % 4)];
        const double start = bar * 4 * kBeat;
        // Bass: root on beat 1, fifth on beat 3, fading before the next one.
        mix.add({start, 1.8 * kBeat, midiToHz(chord.root), 0.0, 0.55, Timbre::Warm, 0.02, 0.9, 0.15});
        mix.add({start + 2 * kBeat, 1.8 * kBeat, midiToHz(chord.root + 7), 0.0, 0.45, Timbre::Warm, 0.02, 0.9,
                 0.15});
        // Pad: slow swell in and out within the bar, a gentle breathing.
        for (int midi : chord.pad)
            mix.add({start, 4 * kBeat, midiToHz(midi), 0.0, 0.16, Timbre::Triangle, 0.6, 0.0, 0.8});
    }
    mix.repeat(0.0, 16 * kBeat, 16 * kBeat);
}

void addMelody(Mixer& mix) {
    for (const MelodyNote& n : kMelody) {
        const double start = n.beat * kBeat;
        const double length = n.beats * kBeat;
        mix.add({start, length, midiToHz(n.midi), 0.0, 0.5, Timbre::Warm, 0.01, 0.45, 0.08});
        // A quiet echo a dotted eighth later, written as notes rather than a delay
        // line, so nothing spills past the loop's end (the mixer trims the last one).
        mix.add({start + 0.75 * kBeat, length, midiToHz(n.midi), 0.0, 0.16, Timbre::Sine, 0.01, 0.35, 0.08});
    }
}

} // namespace

std::vector<std::int16_t> synthesiseSfx(Sfx sfx, unsigned sampleRate) {
    if (sampleRate == 0) return {};
    switch (sfx) {
    case Sfx::Click:
        return click(sampleRate);
    case Sfx::Success:
        return success(sampleRate);
    case Sfx::Error:
        return error(sampleRate);
    case Sfx::Pickup:
        return pickup(sampleRate);
    case Sfx::Drop:
        return drop(sampleRate);
    case Sfx::Digit:
        return digit(sampleRate);
    }
    return {};
}

std::vector<std::int16_t> synthesiseMusicLoop(unsigned sampleRate) {
    if (sampleRate == 0) return {};
    Mixer mix(sampleRate, kMusicLoopSeconds);
    addAccompaniment(mix);
    addMelody(mix);
    return mix.finish(0.30);
}

} // namespace mobi
