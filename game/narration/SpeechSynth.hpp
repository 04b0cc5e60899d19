// SPDX-License-Identifier: GPL-3.0-or-later
// Mobi's voice: text synthesised offline by eSpeak NG (Debian's libespeak-ng)
// into 16-bit mono samples, with where each word starts in the text and in the
// sound, so a screen can light the word being read. Pure: no SFML, no audio
// device; the caller plays the samples. Works without a display (unit tests).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mobi {

struct SpokenWord {
    std::size_t byteStart = 0, byteLength = 0; // in the UTF-8 text given to speak()
    std::size_t sampleStart = 0;               // where it starts in the samples
};

struct Speech {
    std::vector<std::int16_t> samples;
    unsigned sampleRate = 0;
    std::vector<SpokenWord> words; // in the order they are spoken

    double seconds() const { return sampleRate ? static_cast<double>(samples.size()) / sampleRate : 0.0; }
};

// How a language is read to a child: slower than eSpeak NG's 175 words a
// minute, and a little higher, friendlier than its default pitch of 50.
struct VoiceStyle {
    int wordsPerMinute = 140;
    int pitch = 58; // 0..100
};

class SpeechSynth {
public:
    // Opens eSpeak NG once for the process, with its voice data in `dataPath`
    // (the folder that holds espeak-ng-data; empty: the library's own place).
    // Returns null and says why in `error` when the data cannot be found or the
    // game was built without narration: the game then goes on, silent.
    static std::unique_ptr<SpeechSynth> open(const std::string& dataPath, std::string& error);
    ~SpeechSynth();
    SpeechSynth(const SpeechSynth&) = delete;
    SpeechSynth& operator=(const SpeechSynth&) = delete;

    // The whole text spoken in `language` ("fr", "en"); empty samples and a
    // message in `error` if that voice is missing.
    Speech speak(const std::string& utf8, const std::string& language, const VoiceStyle& style,
                 std::string& error);

private:
    SpeechSynth() = default;
};

// The speech as a 16-bit mono PCM .wav file's bytes (for checking what Mobi
// says, and the length of it, without an audio device).
std::string wavBytes(const Speech& speech);

// The byte offset in `utf8` of its `index`-th character (0-based), or its size.
std::size_t byteOfCharacter(const std::string& utf8, std::size_t index);

} // namespace mobi
