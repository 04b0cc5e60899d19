// SPDX-License-Identifier: GPL-3.0-or-later
// SFML output for the synthesised sounds: one sf::SoundBuffer per effect and
// one for the 20 s music loop, all mono 22050 Hz made at start-up (about 1 MB).
// Effects play through a small pool of voices so quick clicks overlap; the music
// is one looping sf::Sound (the buffer is a seamless loop, so OpenAL's looping
// needs no streaming thread).
#include "platform/Audio.hpp"

#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <SFML/System/Err.hpp>

#include <algorithm>
#include <array>
#include <iostream>
#include <sstream>
#include <string>

namespace mobi {

Audio::~Audio() = default;

namespace {

constexpr unsigned kSampleRate = 22050; // Hz: plenty for soft voices that stay under 4 kHz
constexpr std::size_t kSfxCount = std::size(kAllSfx);
constexpr std::size_t kVoiceCount = 4;   // effects heard at once; a fifth steals the oldest
constexpr float kMusicUnderVoice = 0.3f; // the music's share of its volume while Mobi speaks

// Buffers are indexed by the Sfx value, so kAllSfx must list them in declaration order.
constexpr bool sfxListInOrder() {
    for (std::size_t i = 0; i < kSfxCount; ++i)
        if (static_cast<std::size_t>(kAllSfx[i]) != i) return false;
    return true;
}
static_assert(sfxListInOrder(), "kAllSfx must follow the order of enum class Sfx");

bool loadBuffer(sf::SoundBuffer& buffer, const std::vector<std::int16_t>& samples) {
    return !samples.empty() && buffer.loadFromSamples(samples.data(), samples.size(), 1, kSampleRate);
}

class SfmlAudio final : public Audio {
public:
    SfmlAudio() {
        for (std::size_t i = 0; i < kSfxCount; ++i)
            m_effectLoaded[i] = loadBuffer(m_effects[i], synthesiseSfx(kAllSfx[i], kSampleRate));
        m_musicLoaded = loadBuffer(m_musicBuffer, synthesiseMusicLoop(kSampleRate));
        if (m_musicLoaded) {
            m_music.setBuffer(m_musicBuffer);
            m_music.setLoop(true);
        }
    }

    // Every buffer made it into OpenAL.
    bool isReady() const {
        return m_musicLoaded &&
               std::all_of(m_effectLoaded.begin(), m_effectLoaded.end(), [](bool b) { return b; });
    }

    void play(Sfx sfx) override {
        const auto index = static_cast<std::size_t>(sfx);
        if (m_effectsPercent == 0 || index >= kSfxCount || !m_effectLoaded[index]) return;
        // Prefer a free voice; when all are busy, take the one started longest ago
        // (voices are handed out in turn, so that is the next one in line).
        std::size_t chosen = m_nextVoice;
        for (std::size_t k = 0; k < kVoiceCount; ++k) {
            const std::size_t candidate = (m_nextVoice + k) % kVoiceCount;
            if (m_voices[candidate].getStatus() == sf::SoundSource::Stopped) {
                chosen = candidate;
                break;
            }
        }
        sf::Sound& voice = m_voices[chosen];
        voice.setBuffer(m_effects[index]);
        voice.setVolume(static_cast<float>(m_effectsPercent));
        voice.play();
        m_nextVoice = (chosen + 1) % kVoiceCount;
    }

    void setVolumes(int musicPercent, int effectsPercent) override {
        m_musicPercent = std::clamp(musicPercent, 0, 100);
        m_effectsPercent = std::clamp(effectsPercent, 0, 100);
        // Effects already ringing keep their volume: they last a second at most.
        updateMusic();
    }

    void setMusicOn(bool on) override {
        m_musicOn = on;
        updateMusic();
    }

    void playVoice(const std::vector<std::int16_t>& samples, unsigned sampleRate) override {
        m_speech.stop(); // before its buffer changes under it
        if (m_voicePercent == 0 || samples.empty() || sampleRate == 0) return;
        if (!m_speechBuffer.loadFromSamples(samples.data(), samples.size(), 1, sampleRate)) return;
        m_speech.setBuffer(m_speechBuffer);
        m_speech.setVolume(static_cast<float>(m_voicePercent));
        m_speech.play();
        m_speaking = true;
        updateMusic();
    }

    void stopVoice() override {
        m_speech.stop();
        m_speaking = false;
        updateMusic();
    }

    std::optional<std::size_t> voiceSample() const override {
        if (m_speech.getStatus() != sf::SoundSource::Playing) return std::nullopt;
        const double seconds = m_speech.getPlayingOffset().asSeconds();
        return static_cast<std::size_t>(seconds * m_speechBuffer.getSampleRate());
    }

    void setVoiceVolume(int percent) override {
        m_voicePercent = std::clamp(percent, 0, 100);
        if (m_voicePercent == 0)
            m_speech.stop();
        else
            m_speech.setVolume(static_cast<float>(m_voicePercent));
    }

    bool audible() const override { return true; }

private:
    void updateMusic() {
        if (!m_musicLoaded) return;
        const sf::SoundSource::Status status = m_music.getStatus();
        if (m_musicPercent == 0) {
            // Stopped, not merely silent: a source at zero gain would still be mixed.
            if (status != sf::SoundSource::Stopped) m_music.stop();
            return;
        }
        // Under Mobi's voice the music steps back, so a child hears every word.
        m_music.setVolume(static_cast<float>(m_musicPercent) * (m_speaking ? kMusicUnderVoice : 1.f));
        if (m_musicOn && status != sf::SoundSource::Playing) m_music.play();
        if (!m_musicOn && status == sf::SoundSource::Playing) m_music.pause();
    }

    // Buffers are declared before the sounds that use them, so sounds go first.
    std::array<sf::SoundBuffer, kSfxCount> m_effects;
    std::array<bool, kSfxCount> m_effectLoaded{};
    sf::SoundBuffer m_musicBuffer;
    bool m_musicLoaded = false;
    std::array<sf::Sound, kVoiceCount> m_voices;
    std::size_t m_nextVoice = 0;
    sf::Sound m_music;
    sf::SoundBuffer m_speechBuffer; // before the sound that plays it
    sf::Sound m_speech;
    int m_voicePercent = 100;  // Settings::voiceVolume default
    bool m_speaking = false;   // between playVoice and stopVoice (VoiceDesk stops a speech that is over)
    int m_musicPercent = 40;   // Settings::musicVolume default
    int m_effectsPercent = 80; // Settings::effectsVolume default
    bool m_musicOn = false;    // silent until the app has applied the saved settings
};

// Collects what SFML writes to sf::err() while alive. SFML opens the OpenAL
// device with the first sound resource and only reports failure as text, so the
// text is the only sign that there is no device.
class ErrCapture {
public:
    ErrCapture() : m_previous(sf::err().rdbuf(m_text.rdbuf())) {}
    ~ErrCapture() { sf::err().rdbuf(m_previous); }
    ErrCapture(const ErrCapture&) = delete;
    ErrCapture& operator=(const ErrCapture&) = delete;
    std::string text() const { return m_text.str(); }

private:
    std::ostringstream m_text;
    std::streambuf* m_previous;
};

// SFML's messages without a device run to dozens of lines; the first one says why.
std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

} // namespace

std::unique_ptr<Audio> makeAudio(bool mute) {
    if (mute) return std::make_unique<SilentAudio>();
    std::string problem;
    {
        ErrCapture capture;
        // The first sound resource opens the device. Probing with one empty buffer
        // finds a missing device in one attempt, before any synthesis; otherwise
        // SFML would try (and print) again for every buffer.
        sf::SoundBuffer probe;
        if (capture.text().empty()) {
            auto audio = std::make_unique<SfmlAudio>();
            if (capture.text().empty() && audio->isReady()) return audio;
            audio.reset(); // while still capturing: a broken device complains on the way out too
        }
        problem = firstLine(capture.text());
    }
    std::cerr << "Audio: " << (problem.empty() ? "sound buffers could not be made" : problem)
              << "; the game plays silently.\n";
    return std::make_unique<SilentAudio>();
}

} // namespace mobi
