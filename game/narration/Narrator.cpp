// SPDX-License-Identifier: GPL-3.0-or-later
#include "narration/Narrator.hpp"

#include <algorithm>

namespace mobi {

JoinedText joinForSpeech(const std::vector<std::string>& parts) {
    JoinedText joined;
    for (const std::string& part : parts) {
        if (!joined.text.empty()) {
            // The last character of what is already there (skipping spaces).
            std::size_t end = joined.text.find_last_not_of(" \n\t");
            const std::string tail = end == std::string::npos ? "" : joined.text.substr(end);
            const bool closed =
                !tail.empty() && (std::string(".!?:;").find(tail.back()) != std::string::npos ||
                                  tail.find("…") != std::string::npos || tail.find("»") != std::string::npos);
            joined.text += closed ? "\n" : ".\n";
        }
        joined.partStarts.push_back(joined.text.size());
        joined.text += part;
    }
    return joined;
}

int wordAt(const std::vector<NarratedWord>& words, std::size_t sample) {
    const auto after =
        std::upper_bound(words.begin(), words.end(), sample,
                         [](std::size_t s, const NarratedWord& w) { return s < w.sampleStart; });
    return static_cast<int>(after - words.begin()) - 1;
}

namespace {

Narration narrate(SpeechSynth* synth, const std::map<std::string, PronunciationTable>& voices, Narration n) {
    if (!synth) {
        n.error = "no voice";
        return n;
    }
    const JoinedText joined = joinForSpeech(n.parts);
    const auto voice = voices.find(n.language);
    const PronunciationTable plain;
    const PronunciationTable& v = voice == voices.end() ? plain : voice->second;
    const RespelledText respelled = respell(joined.text, v);
    n.speech = synth->speak(respelled.spoken, n.language, v.style, n.error);
    pointAtShownText(n.speech, respelled);
    for (const SpokenWord& w : n.speech.words) {
        // The part the word starts in; a word in the added full stops belongs to none.
        const auto next = std::upper_bound(joined.partStarts.begin(), joined.partStarts.end(), w.byteStart);
        if (next == joined.partStarts.begin()) continue;
        const std::size_t part = static_cast<std::size_t>(next - joined.partStarts.begin()) - 1;
        const std::string& text = n.parts[part];
        std::size_t start = w.byteStart - joined.partStarts[part];
        if (start >= text.size()) continue;
        std::size_t end = std::min(text.size(), start + w.byteLength);
        // A number is said in several words ("2070": deux mille soixante-dix)
        // that each point at some of its digits: light the whole number.
        auto digit = [&text](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
        while (start > 0 && digit(start) && digit(start - 1))
            --start;
        while (end < text.size() && end > start && digit(end - 1) && digit(end))
            ++end;
        if (!n.words.empty() && n.words.back().part == part && n.words.back().byteStart == start)
            continue; // the same number again
        n.words.push_back({part, start, end - start, w.sampleStart});
    }
    return n;
}

} // namespace

Narrator::Narrator(std::unique_ptr<SpeechSynth> synth, std::map<std::string, PronunciationTable> voices)
    : m_synth(std::move(synth)), m_voices(std::move(voices)) {
    if (m_synth) m_thread = std::thread([this] { work(); });
}

Narrator::~Narrator() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void Narrator::request(std::vector<std::string> parts, std::string language) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        Narration n;
        n.parts = std::move(parts);
        n.language = std::move(language);
        m_pending = std::move(n);
        m_ready.reset();
        ++m_asked;
    }
    m_wake.notify_all();
}

void Narrator::cancel() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.reset();
    m_ready.reset();
    ++m_asked; // what is being read now is dropped when it is done
}

std::optional<Narration> Narrator::takeReady() {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::optional<Narration> out = std::move(m_ready);
    m_ready.reset();
    return out;
}

Narration Narrator::readNow(std::vector<std::string> parts, std::string language) {
    cancel();
    Narration n;
    n.parts = std::move(parts);
    n.language = std::move(language);
    return narrate(m_synth.get(), m_voices, std::move(n));
}

void Narrator::work() {
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_pending; });
        if (m_stopping) return;
        Narration job = std::move(*m_pending);
        m_pending.reset();
        const std::uint64_t number = m_asked;
        lock.unlock();
        Narration done = narrate(m_synth.get(), m_voices, std::move(job));
        lock.lock();
        if (number == m_asked) m_ready = std::move(done);
    }
}

} // namespace mobi
