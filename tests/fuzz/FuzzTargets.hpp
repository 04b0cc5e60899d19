// SPDX-License-Identifier: GPL-3.0-or-later
// One function per file format the game reads, shared by the libFuzzer
// targets (fuzz_main.cpp) and by the unit test that replays the inputs they
// once crashed on (tests/unit/fuzz_regression_test.cpp). Each takes the bytes
// of a file, runs the game's own loader on them and returns false when a
// property that must always hold is broken; crashes and sanitizer reports
// are the fuzzer's other findings.
#pragma once

#include "content/DebateData.hpp"
#include "content/Facts.hpp"
#include "content/LevelLoader.hpp"
#include "content/QuizLoader.hpp"
#include "content/StringTable.hpp"
#include "content/VaultData.hpp"
#include "core/EventScript.hpp"
#include "core/InputScript.hpp"
#include "levels/LevelLoad.hpp"
#include "levels/LevelRegistry.hpp"
#include "levels/LevelSim.hpp"
#include "narration/Pronunciation.hpp"
#include "save/ProfilesXml.hpp"
#include "save/SettingsXml.hpp"

#include <string>
#include <utility>
#include <vector>

namespace mobi::fuzz {

// The name the loaders copy into their file:line messages.
inline const std::string kName = "fuzz.xml";

// levels/NN_<id>.xml. A file the loader accepts is also started and run for a
// second of game time: a level that loads cleanly must never crash the
// simulation (Box2D asserts on degenerate shapes, for example).
inline bool level(const std::string& text) {
    for (const LevelInfo& level : allLevels()) { // every built level: its rules, on whatever loads
        if (!level.built) continue;
        const LevelInfo* info = &level;
        const std::string& id = level.id;
        ErrorList errors;
        const LevelCheckContext check{&info->params, nullptr, nullptr, &info->needs}; // as the game loads it
        LoadedLevel loaded{info, loadLevel(text, kName, check, errors)};
        if (!errors.empty() || loaded.data.id != id) continue;
        auto sim = startLevel(loaded, LevelOptions{}, 7);
        for (int i = 0; i < 60; ++i)
            sim->step(InputFrame{});
    }
    return true;
}

inline bool quiz(const std::string& text) {
    ErrorList errors;
    loadQuiz(text, kName, QuizCheckContext{}, errors);
    return true;
}

inline bool vault(const std::string& text) {
    ErrorList errors;
    loadVault(text, kName, VaultCheckContext{}, errors);
    return true;
}

inline bool facts(const std::string& text) {
    ErrorList errors;
    loadFacts(text, kName, errors);
    return true;
}

inline bool debate(const std::string& text) {
    ErrorList errors;
    loadDebate(text, kName, nullptr, errors);
    return true;
}

// Placeholders ({name}) are parsed when a string is used, so use each one.
inline bool strings(const std::string& text) {
    ErrorList errors;
    const StringTable table = loadStringTable(text, kName, errors);
    for (const auto& entry : table.entries) {
        placeholdersOf(entry.second.text);
        fillPlaceholders(entry.second.text, {{"name", "Léa"}, {"count", "3"}});
    }
    return true;
}

// Save files: what loads must write back and load again to the same text,
// or a player's progress could drift a little at every save.
inline bool profiles(const std::string& text) {
    std::string error;
    const auto book = profilesFromXml(text, error);
    if (!book) return true;
    const std::string written = profilesToXml(*book);
    const auto again = profilesFromXml(written, error);
    return again && profilesToXml(*again) == written;
}

inline bool settings(const std::string& text) {
    std::string error;
    const auto loaded = settingsFromXml(text, error);
    if (!loaded) return true;
    const std::string written = settingsToXml(*loaded);
    const auto again = settingsFromXml(written, error);
    return again && settingsToXml(*again) == written;
}

// --input FILE: text a teacher or tester may write by hand.
inline bool inputScript(const std::string& text) {
    ErrorList errors;
    InputScript::parse(text, "fuzz.txt", errors);
    return true;
}

// --events FILE: recorded or hand-written window events. What parses must
// read back the same once written (the form --record writes).
inline bool eventScript(const std::string& text) {
    ErrorList errors;
    const EventScript script = EventScript::parse(text, "fuzz.events", errors);
    std::string written;
    for (const RecordedEvent& e : script.events)
        written += formatEvent(e) + "\n";
    ErrorList again;
    const EventScript back = EventScript::parse(written, "again.events", again);
    if (!again.empty() || back.events.size() != script.events.size()) return false;
    for (std::size_t i = 0; i < back.events.size(); ++i)
        if (formatEvent(back.events[i]) != formatEvent(script.events[i])) return false;
    return true;
}

// locale/pronounce/<code>.xml: whatever table loads, respelling a text made
// of its own words must keep every piece in order and inside both texts, so
// the word lit always points at the screen's text.
inline bool pronounce(const std::string& text) {
    ErrorList errors;
    const PronunciationTable table = loadPronunciation(text, kName, errors);
    std::string shown = "Du CO2 à 12 km. ";
    for (const Respelling& r : table.entries)
        shown += r.written + " " + r.written + "s, " + r.written + ". ";
    const RespelledText r = respell(shown, table);
    std::size_t spokenAt = 0, shownAt = 0;
    for (const RespelledText::Piece& p : r.pieces) {
        if (p.spokenStart != spokenAt || p.shownStart < shownAt) return false;
        if (p.shownStart + p.shownLength > shown.size()) return false;
        spokenAt += p.spokenLength;
        shownAt = p.shownStart + p.shownLength;
    }
    if (spokenAt != r.spoken.size()) return false;
    for (std::size_t at = 0; at < r.spoken.size(); ++at) {
        std::size_t start = 0, length = 0;
        r.toShown(at, 1, start, length);
        if (start + length > shown.size()) return false;
    }
    return true;
}

using Target = bool (*)(const std::string&);

// Each target by the name tools/fuzz and tests/data/fuzz/<name>/ use.
inline const std::vector<std::pair<std::string, Target>>& targets() {
    static const std::vector<std::pair<std::string, Target>> all = {
        {"level", level},        {"quiz", quiz},          {"vault", vault},
        {"facts", facts},        {"debate", debate},      {"strings", strings},
        {"profiles", profiles},  {"settings", settings},  {"input_script", inputScript},
        {"events", eventScript}, {"pronounce", pronounce}};
    return all;
}

} // namespace mobi::fuzz
