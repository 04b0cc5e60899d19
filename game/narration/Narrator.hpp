// SPDX-License-Identifier: GPL-3.0-or-later
// What Mobi reads aloud: the texts of one screen, spoken as one speech, with
// each spoken word pointing at its place in the text it came from, so the
// screen can light it. Synthesis runs on a thread of its own (a card of 40
// words takes about 20 ms; the frame does not wait for it), or at once for
// the replays and screenshots, whose clock is the step count. Pure: no SFML.
#pragma once

#include "narration/Pronunciation.hpp"
#include "narration/SpeechSynth.hpp"

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace mobi {

// The texts of a screen joined into one text for the engine: a title without a
// full stop gets one, so Mobi pauses between "La Mine" and what follows.
struct JoinedText {
    std::string text;
    std::vector<std::size_t> partStarts; // where each part starts in `text`
};
JoinedText joinForSpeech(const std::vector<std::string>& parts);

struct NarratedWord {
    std::size_t part = 0;                      // which of the texts
    std::size_t byteStart = 0, byteLength = 0; // in that text
    std::size_t sampleStart = 0;               // in the speech
};

struct Narration {
    std::vector<std::string> parts; // the texts as shown, in reading order
    std::string language;
    Speech speech;
    std::vector<NarratedWord> words;
    std::string error; // why there is no sound ("" when there is)
};

// The word being said at `sample`: the last one started, or -1 before the first.
int wordAt(const std::vector<NarratedWord>& words, std::size_t sample);

class Narrator {
public:
    Narrator(std::unique_ptr<SpeechSynth> synth, std::map<std::string, PronunciationTable> voices);
    ~Narrator();
    Narrator(const Narrator&) = delete;
    Narrator& operator=(const Narrator&) = delete;

    // Reads on the narrator's thread; a new request replaces one not yet done.
    void request(std::vector<std::string> parts, std::string language);
    // Forgets the request under way: its speech will never be handed out.
    void cancel();
    // The speech of the last request, once it is ready (once).
    std::optional<Narration> takeReady();
    // Reads on this thread (replays and screenshots: the same result every run).
    Narration readNow(std::vector<std::string> parts, std::string language);

private:
    void work();

    std::unique_ptr<SpeechSynth> m_synth;
    std::map<std::string, PronunciationTable> m_voices;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Narration> m_pending; // asked for, not yet read (parts and language only)
    std::optional<Narration> m_ready;
    std::uint64_t m_asked = 0; // requests made; a speech whose number is not the last is dropped
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members it uses exist
};

} // namespace mobi
