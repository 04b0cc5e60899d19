// SPDX-License-Identifier: GPL-3.0-or-later
#include "narration/VoiceDesk.hpp"

#include "core/FixedStep.hpp"

#include <iostream>

namespace mobi {

VoiceDesk::VoiceDesk(std::unique_ptr<Narrator> narrator, VoiceOutput& output, Clock clock)
    : m_narrator(std::move(narrator)), m_output(output), m_clock(clock) {}

void VoiceDesk::show(const void* screen, const std::vector<std::string>& parts, const std::string& language,
                     bool readOnArrival, int step) {
    if (screen == m_screen && parts == m_parts && language == m_language) return;
    stop();
    m_screen = screen;
    m_parts = parts;
    m_language = language;
    if (readOnArrival) start(step);
}

void VoiceDesk::readAgain(int step) {
    stop();
    start(step);
}

void VoiceDesk::stop() {
    if (m_narrator) m_narrator->cancel();
    if (m_current) m_output.stopVoice();
    m_waiting = false;
    m_current.reset();
    m_word = -1;
}

void VoiceDesk::start(int step) {
    if (!m_narrator || m_parts.empty()) return;
    m_askedAt = std::chrono::steady_clock::now();
    if (m_clock == Clock::Steps) {
        begin(m_narrator->readNow(m_parts, m_language), step);
    } else {
        m_narrator->request(m_parts, m_language);
        m_waiting = true;
    }
}

void VoiceDesk::begin(Narration n, int step) {
    if (n.speech.samples.empty() || n.speech.sampleRate == 0) {
        // Said once: a missing voice for a language must not fill the terminal.
        if (!m_errorTold)
            std::cerr << "mobi2070: Mobi cannot read aloud: " << (n.error.empty() ? "no sound" : n.error)
                      << "; the game goes on without the voice\n";
        m_errorTold = true;
        return;
    }
    m_latencyMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_askedAt).count();
    if (m_clock == Clock::Sound) m_output.playVoice(n.speech.samples, n.speech.sampleRate);
    m_startStep = step;
    m_word = -1;
    m_last = n;
    m_current = std::move(n);
}

bool VoiceDesk::poll(int step) {
    if (m_waiting && m_narrator) {
        if (std::optional<Narration> ready = m_narrator->takeReady()) {
            m_waiting = false;
            begin(std::move(*ready), step);
        }
    }
    if (!m_current) return false;
    const Speech& speech = m_current->speech;
    std::optional<std::size_t> sample;
    if (m_clock == Clock::Sound) {
        sample = m_output.voiceSample();
    } else {
        const double seconds = static_cast<double>(step - m_startStep) * kStepSeconds;
        sample = static_cast<std::size_t>(seconds * speech.sampleRate);
    }
    if (!sample || *sample >= speech.samples.size()) {     // over
        if (m_clock == Clock::Sound) m_output.stopVoice(); // the music comes back up
        m_current.reset();
        const bool wasLit = m_word >= 0;
        m_word = -1;
        return wasLit;
    }
    const int word = wordAt(m_current->words, *sample);
    const bool changed = word != m_word;
    m_word = word;
    return changed;
}

std::optional<LitWord> VoiceDesk::litWord() const {
    if (!m_current || m_word < 0) return std::nullopt;
    const NarratedWord& w = m_current->words[static_cast<std::size_t>(m_word)];
    return LitWord{w.part, w.byteStart, w.byteLength};
}

std::string VoiceDesk::describe() const {
    if (!m_narrator) return "voice=none";
    if (m_waiting) return "voice=preparing";
    if (!m_current) return "voice=quiet";
    std::string out =
        "voice=reading word=" + std::to_string(m_word + 1) + "/" + std::to_string(m_current->words.size());
    if (const auto lit = litWord())
        out += " said=\"" + m_current->parts[lit->part].substr(lit->byteStart, lit->byteLength) + "\"";
    return out;
}

} // namespace mobi
