// SPDX-License-Identifier: GPL-3.0-or-later
// Between the screens and Mobi's voice: it reads what the screen on top
// offers when that screen appears (if the settings say so) or when asked
// again, stops when the screen or its text changes, and follows the speech
// word by word so the screen can light the word being said.
//
// Its clock is the sound heard (play), or the fixed steps run (replays and
// screenshots, where synthesis is done at once: the same word at the same
// step on every run). Pure: no SFML; unit-tested with a stand-in output.
#pragma once

#include "narration/Narrator.hpp"
#include "narration/VoiceOutput.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

// The word being said: which text of the screen, and where in it (UTF-8 bytes).
struct LitWord {
    std::size_t part = 0, byteStart = 0, byteLength = 0;
};

class VoiceDesk {
public:
    enum class Clock { Sound, Steps };
    // `narrator` null: no voice at all (muted, no audio device, no voice data).
    VoiceDesk(std::unique_ptr<Narrator> narrator, VoiceOutput& output, Clock clock);

    bool hasVoice() const { return m_narrator != nullptr; }

    // What the screen on top offers to read, after every input and step
    // (`screen` tells one screen from another). New texts stop the voice;
    // they are read at once when `readOnArrival`.
    void show(const void* screen, const std::vector<std::string>& parts, const std::string& language,
              bool readOnArrival, int step);
    // The speaker button or its key: the screen's texts from the start.
    void readAgain(int step);
    void stop();
    // Takes a finished synthesis and follows the sound; true when the word
    // to light changed (the screen must be redrawn).
    bool poll(int step);

    // Asked, or speaking.
    bool reading() const { return m_waiting || m_current.has_value(); }
    std::optional<LitWord> litWord() const;
    // For a replay's report: voice=reading word=3/41 "Mobi", or voice=quiet.
    std::string describe() const;
    // The last speech begun this run (for --speech-out), if any.
    const std::optional<Narration>& lastSpeech() const { return m_last; }
    // From asking to the first sound, for the last speech (benchmark).
    std::optional<double> lastLatencyMs() const { return m_latencyMs; }

private:
    void start(int step);
    void begin(Narration n, int step);

    std::unique_ptr<Narrator> m_narrator;
    VoiceOutput& m_output;
    Clock m_clock;
    const void* m_screen = nullptr;
    std::vector<std::string> m_parts;
    std::string m_language;
    bool m_waiting = false;             // asked of the narrator's thread
    std::optional<Narration> m_current; // being heard
    int m_startStep = 0;
    int m_word = -1;
    std::optional<Narration> m_last;
    std::chrono::steady_clock::time_point m_askedAt;
    std::optional<double> m_latencyMs;
    bool m_errorTold = false;
};

} // namespace mobi
