// SPDX-License-Identifier: GPL-3.0-or-later
// App and Mobi's voice: which texts the screen on top offers, when they are
// read (narration/VoiceDesk.hpp), the speaker button and its key, and the
// light on the word being said. The rest of App is in App.cpp.
#include "platform/App.hpp"

#include "narration/Narrator.hpp"
#include "narration/VoiceDesk.hpp"
#include "platform/Audio.hpp"
#include "platform/WindowEvents.hpp"
#include "save/AtomicFile.hpp"
#include "ui/SpeakerButton.hpp"
#include "ui/TextBlock.hpp"

#include <SFML/Window/Event.hpp>

#include <cstdio>
#include <iostream>

namespace mobi {
namespace {
// The folder that holds espeak-ng-data: --voice-data, else the game's own copy
// (a Windows or portable build carries one), else the system's ("").
std::string voiceDataDir(const Options& options, const std::filesystem::path& dataDir) {
    if (!options.voiceData.empty()) return options.voiceData;
    std::error_code ec;
    if (std::filesystem::is_directory(dataDir / "espeak-ng-data", ec)) return dataDir.u8string();
    return "";
}
} // namespace

void App::openVoice(bool stepClock, VoiceOutput* output) {
    VoiceOutput& out = output ? *output : static_cast<VoiceOutput&>(*m_audio);
    const auto clock = stepClock ? VoiceDesk::Clock::Steps : VoiceDesk::Clock::Sound;
    // Heard by nobody (muted, no sound device): no voice, no speaker button.
    if (!stepClock && !output && !m_audio->audible()) {
        m_voice = std::make_unique<VoiceDesk>(nullptr, out, clock);
        return;
    }
    std::string error;
    std::unique_ptr<SpeechSynth> synth = SpeechSynth::open(voiceDataDir(m_options, m_dataDir), error);
    if (!synth) {
        std::cerr << "mobi2070: " << error << "; the game goes on without the voice\n";
        m_voice = std::make_unique<VoiceDesk>(nullptr, out, clock);
        return;
    }
    ErrorList errors;
    auto voices = loadPronunciations((m_dataDir / "locale" / "pronounce").u8string(), errors);
    for (const auto& e : errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
    m_dataErrors.append(errors); // shown on the error screen too, as every data problem is
    m_voice = std::make_unique<VoiceDesk>(std::make_unique<Narrator>(std::move(synth), std::move(voices)),
                                          out, clock);
}

std::vector<const TextBlock*> App::spokenBlocks() const {
    std::vector<const TextBlock*> blocks;
    if (const Scene* top = m_stack.top())
        for (const TextBlock* b : top->spokenText())
            if (b && !b->source().empty()) blocks.push_back(b);
    return blocks;
}

void App::updateVoice() {
    if (!m_voice || !m_voice->hasVoice()) return;
    std::vector<std::pair<const TextBlock*, std::uint64_t>> texts;
    for (const TextBlock* b : spokenBlocks())
        texts.emplace_back(b, b->revision());
    if (m_stack.top() != m_voiceScene || texts != m_voiceTexts) { // a new screen, or a text set again
        m_voiceScene = m_stack.top();
        m_voiceTexts = texts;
        std::vector<std::string> parts;
        for (const auto& t : texts)
            parts.push_back(t.first->source());
        const Profile* player = m_ctx ? m_ctx->activeProfile() : nullptr;
        const bool youngPlayer = player && player->ageBand == AgeBand::Young;
        m_voice->show(m_stack.top(), parts, m_session.language,
                      readsOnArrival(m_session.readAloud, youngPlayer, m_options.classMode), m_stepsRun);
    }
    if (m_voice->poll(m_stepsRun)) m_needsRedraw = true;
}

bool App::voiceInput(const sf::Event& event) {
    if (!m_voice || !m_voice->hasVoice() || spokenBlocks().empty()) return false;
    if (event.type == sf::Event::KeyPressed && event.key.code == kReadAgainKey) {
        m_voice->readAgain(m_stepsRun);
        m_needsRedraw = true;
        return true;
    }
    if (event.type == sf::Event::KeyReleased && event.key.code == kReadAgainKey) return true;
    const auto ui = toUiEvent(event, m_window.getSize());
    if (!ui || (ui->type != UiEvent::Type::MouseDown && ui->type != UiEvent::Type::MouseUp)) return false;
    if (!onSpeakerButton(m_stack.top()->speakerSpot(), ui->pos)) return false;
    if (ui->type == UiEvent::Type::MouseDown) m_voice->readAgain(m_stepsRun);
    m_needsRedraw = true;
    return true; // the release too: the scene under the button never saw the press
}

void App::drawVoice(sf::RenderTarget& target) const {
    if (!m_voice || !m_voice->hasVoice()) return;
    const std::vector<const TextBlock*> blocks = spokenBlocks();
    if (blocks.empty()) return;
    if (const auto lit = m_voice->litWord(); lit && lit->part < blocks.size())
        if (const auto rect = blocks[lit->part]->rangeBounds(lit->byteStart, lit->byteLength)) {
            drawLitWord(target, *rect);
            blocks[lit->part]->drawRange(target, lit->byteStart, lit->byteLength); // ink over the marker
        }
    drawSpeakerButton(target, m_stack.top()->speakerSpot(), m_voice->reading());
}

int App::finishVoice() {
    // What was read last: the screen a screenshot shows, the card a replay ended on.
    if (m_options.speechOut.empty()) return 0;
    const std::optional<Narration>* last = m_voice ? &m_voice->lastSpeech() : nullptr;
    if (!last || !*last) {
        std::cerr << "mobi2070: --speech-out " << m_options.speechOut << ": Mobi read nothing aloud"
                  << (m_voice && m_voice->hasVoice() ? "" : " (no voice)") << "\n";
        return 1;
    }
    const Narration& n = **last;
    std::string error;
    if (!writeFileAtomically(m_options.speechOut, wavBytes(n.speech), &error)) {
        std::cerr << "mobi2070: cannot write " << m_options.speechOut << ": " << error << "\n";
        return 1;
    }
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", n.speech.seconds());
    std::cout << "speech=" << m_options.speechOut << " language=" << n.language << " seconds=" << seconds
              << " words=" << n.words.size() << " rate=" << n.speech.sampleRate << "\n";
    return 0;
}

} // namespace mobi
