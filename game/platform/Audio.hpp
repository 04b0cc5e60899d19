// SPDX-License-Identifier: GPL-3.0-or-later
// The game's sound output, behind an interface: scenes call play(Sfx) and never
// see SFML. SilentAudio touches no OpenAL at all, for --mute, screenshots, tests
// and machines without a sound device. Volumes are percents, 0..100.
#pragma once

#include "core/SoundSynth.hpp"
#include "narration/VoiceOutput.hpp"

#include <memory>

namespace mobi {

class Audio : public VoiceOutput {
public:
    Audio() = default;
    Audio(const Audio&) = delete;
    Audio& operator=(const Audio&) = delete;
    ~Audio() override;

    // Starts one effect; overlapping calls overlap (a few voices), never queue.
    virtual void play(Sfx sfx) = 0;
    // Linear gains (SFML volume). Music at 0 stops the music source entirely.
    virtual void setVolumes(int musicPercent, int effectsPercent) = 0;
    // Off pauses the music (it resumes where it was); effects are not affected.
    virtual void setMusicOn(bool on) = 0;

    // Mobi's voice (VoiceOutput), at this volume; 0 stops it.
    virtual void setVoiceVolume(int percent) = 0;
    // False for SilentAudio: nothing is heard, so nothing is worth reading.
    virtual bool audible() const = 0;
};

class SilentAudio final : public Audio {
public:
    void play(Sfx) override {}
    void setVolumes(int, int) override {}
    void setMusicOn(bool) override {}
    void playVoice(const std::vector<std::int16_t>&, unsigned) override {}
    void stopVoice() override {}
    std::optional<std::size_t> voiceSample() const override { return std::nullopt; }
    void setVoiceVolume(int) override {}
    bool audible() const override { return false; }
};

// SilentAudio when `mute`; otherwise SFML output with every sound synthesised up
// front (about 1 MB, a few ms). Volumes start at the Settings defaults (40 %
// music, 80 % effects); the music stays silent until setMusicOn(true), so a
// saved "music off" never leaks a note at start-up. If
// SFML reports any problem while opening the device (no sound card, no server),
// its messages are printed once and a SilentAudio is returned: the game plays on.
std::unique_ptr<Audio> makeAudio(bool mute);

} // namespace mobi
