// SPDX-License-Identifier: GPL-3.0-or-later
#include "narration/SpeechSynth.hpp"

#ifdef MOBI_NARRATION
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#endif
#ifdef _WIN32
#include <windows.h>
#endif

#include <filesystem>
#include <mutex>

namespace mobi {

std::size_t byteOfCharacter(const std::string& utf8, std::size_t index) {
    std::size_t at = 0;
    for (std::size_t seen = 0; at < utf8.size(); ++at) {
        const auto byte = static_cast<unsigned char>(utf8[at]);
        if ((byte & 0xC0) == 0x80) continue; // a continuation byte: same character
        if (seen++ == index) return at;
    }
    return utf8.size();
}

std::string wavBytes(const Speech& speech) {
    std::string out;
    auto put = [&out](std::uint32_t value, int bytes) { // little-endian, as RIFF wants
        for (int i = 0; i < bytes; ++i)
            out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
    };
    const auto data = static_cast<std::uint32_t>(speech.samples.size() * 2);
    out += "RIFF";
    put(36 + data, 4);
    out += "WAVEfmt ";
    put(16, 4); // the format chunk's size
    put(1, 2);  // PCM
    put(1, 2);  // mono
    put(speech.sampleRate, 4);
    put(speech.sampleRate * 2, 4); // bytes a second
    put(2, 2);                     // bytes a sample
    put(16, 2);                    // bits a sample
    out += "data";
    put(data, 4);
    for (std::int16_t v : speech.samples)
        put(static_cast<std::uint16_t>(v), 2);
    return out;
}

#ifdef MOBI_NARRATION
namespace {

#ifdef _WIN32
// eSpeak NG opens its files with narrow paths, which Windows reads in the
// ANSI code page: a game unpacked in "D:\Clé USB" on a machine whose code
// page lacks "é", or in a folder named in Cyrillic on a French Windows,
// would lose its voice (SFML's fonts fell into the same trap). So the folder
// is given in the first form Windows reads back as the same folder.
std::string narrowDataPath(const std::string& utf8) {
    if (utf8.empty()) return utf8;
    const std::wstring wide = std::filesystem::u8path(utf8).wstring();
    // 1. The ANSI code page, when every character has its own form there.
    BOOL lost = FALSE;
    const int size =
        WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, nullptr, 0, nullptr, &lost);
    if (size > 0 && !lost) {
        std::string ansi(static_cast<std::size_t>(size), '\0');
        WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, ansi.data(), size, nullptr,
                            &lost);
        ansi.resize(static_cast<std::size_t>(size - 1));
        if (!lost) return ansi;
    }
    // 2. Its short 8.3 name, when the volume keeps them (FAT32 sticks always do).
    const DWORD shortSize = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (shortSize > 0) {
        std::wstring shortName(shortSize, L'\0');
        const DWORD got = GetShortPathNameW(wide.c_str(), shortName.data(), shortSize);
        shortName.resize(got);
        bool ascii = got > 0;
        for (wchar_t c : shortName)
            ascii = ascii && c < 0x80;
        if (ascii) return std::string(shortName.begin(), shortName.end());
    }
    // 3. Relative to the current folder, made that folder: the game's other
    //    paths are absolute, so only eSpeak NG reads relative ones.
    if (SetCurrentDirectoryW(wide.c_str())) return ".";
    return utf8;
}
#else
std::string narrowDataPath(const std::string& utf8) { return utf8; }
#endif

// eSpeak NG keeps one engine per process, and its callback has no context
// pointer of ours but the user_data of each event: the speech being filled.
std::mutex g_engine;
unsigned g_sampleRate = 0;
bool g_open = false;

int collect(short* wave, int count, espeak_EVENT* events) {
    for (espeak_EVENT* e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        auto* speech = static_cast<Speech*>(e->user_data);
        if (!speech) continue;
        if (e->type == espeakEVENT_WORD && e->length > 0) {
            SpokenWord w;
            // text_position counts characters from 1; the sample is where the word's sound starts.
            w.byteStart = static_cast<std::size_t>(e->text_position > 0 ? e->text_position - 1 : 0);
            w.byteLength = static_cast<std::size_t>(e->length);
            w.sampleStart = static_cast<std::size_t>(e->audio_position) * speech->sampleRate / 1000;
            speech->words.push_back(w);
        }
    }
    if (wave && count > 0 && events && events->user_data) {
        auto* speech = static_cast<Speech*>(events->user_data);
        speech->samples.insert(speech->samples.end(), wave, wave + count);
    }
    return 0; // go on
}

} // namespace

std::unique_ptr<SpeechSynth> SpeechSynth::open(const std::string& dataPath, std::string& error) {
    // eSpeak NG quietly falls back to the system's data when the folder it is
    // given has none: a mistyped --voice-data must be said, not hidden.
    std::error_code ec;
    if (!dataPath.empty() &&
        !std::filesystem::is_directory(std::filesystem::u8path(dataPath) / "espeak-ng-data", ec)) {
        error = "the voice data of eSpeak NG was not found in " + dataPath +
                "/espeak-ng-data; Mobi will not read aloud";
        return nullptr;
    }
    std::lock_guard<std::mutex> lock(g_engine);
    if (!g_open) {
        // The espeak_ng_ calls report missing data as a status (the older
        // espeak_Initialize prints it and returns a sample rate all the same).
        const std::string narrow = narrowDataPath(dataPath);
        espeak_ng_InitializePath(narrow.empty() ? nullptr : narrow.c_str());
        espeak_ng_ERROR_CONTEXT context = nullptr;
        espeak_ng_STATUS status = espeak_ng_Initialize(&context);
        if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
        if (context) espeak_ng_ClearErrorContext(&context);
        const int rate = status == ENS_OK ? espeak_ng_GetSampleRate() : 0;
        if (rate <= 0) {
            char why[256] = "";
            espeak_ng_GetStatusCodeMessage(status, why, sizeof why);
            error = "eSpeak NG could not start (" + std::string(why) + ") with its voice data in " +
                    (dataPath.empty() ? std::string("the system's folder") : dataPath + "/espeak-ng-data") +
                    "; Mobi will not read aloud";
            return nullptr;
        }
        g_sampleRate = static_cast<unsigned>(rate);
        espeak_SetSynthCallback(collect);
        g_open = true;
    }
    return std::unique_ptr<SpeechSynth>(new SpeechSynth());
}

SpeechSynth::~SpeechSynth() = default;

Speech SpeechSynth::speak(const std::string& utf8, const std::string& language, const VoiceStyle& style,
                          std::string& error) {
    std::lock_guard<std::mutex> lock(g_engine);
    Speech speech;
    speech.sampleRate = g_sampleRate;
    if (espeak_SetVoiceByName(language.c_str()) != EE_OK) {
        error = "no eSpeak NG voice for the language \"" + language + "\"";
        return speech;
    }
    espeak_SetParameter(espeakRATE, style.wordsPerMinute, 0);
    espeak_SetParameter(espeakPITCH, style.pitch, 0);
    const espeak_ERROR result =
        espeak_Synth(utf8.c_str(), utf8.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &speech);
    if (result != EE_OK) {
        error = "eSpeak NG could not read the text";
        speech.samples.clear();
        speech.words.clear();
        return speech;
    }
    espeak_Synchronize();
    // Characters to bytes, so that a word points at the text the screen shows.
    for (SpokenWord& w : speech.words) {
        const std::size_t start = byteOfCharacter(utf8, w.byteStart);
        const std::size_t end = byteOfCharacter(utf8, w.byteStart + w.byteLength);
        w.byteStart = start;
        w.byteLength = end - start;
    }
    return speech;
}

#else // built without eSpeak NG (the Windows build, until it gains it)

std::unique_ptr<SpeechSynth> SpeechSynth::open(const std::string&, std::string& error) {
    error = "this build of Mobi 2070 has no eSpeak NG; Mobi will not read aloud";
    return nullptr;
}

SpeechSynth::~SpeechSynth() = default;

Speech SpeechSynth::speak(const std::string&, const std::string&, const VoiceStyle&, std::string& error) {
    error = "this build of Mobi 2070 has no eSpeak NG";
    return {};
}

#endif

} // namespace mobi
