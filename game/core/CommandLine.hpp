// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of ARCHITECTURE.md, parsed into Options without touching
// the display or the disk, so it is unit-tested. Bad input gives an error
// message for the user and exit code 2.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

enum class RunMode {
    Play,
    Help,
    Version,
    ListScenes,
    CheckData,
    Screenshot,
    CheckLayout,
    Headless,
    ExportGuide,
    ExportPo,
    ImportPo,
    Bench,
    Monkey
};

struct Options {
    RunMode mode = RunMode::Play;

    // Settings given on the command line override settings.xml for this run only.
    std::optional<std::string> language;
    std::optional<bool> fullscreen;
    std::optional<bool> lowDetail;
    std::optional<int> textSize;
    std::optional<std::string> font; // "andika" or "opendyslexic"
    std::optional<bool> uppercase;
    std::optional<std::string> codeSet;      // the vault code set of a class session
    std::optional<std::string> classSession; // "short" or "full" (Settings::ClassSession)
    std::optional<std::string> readAloud;    // "auto", "on" or "off" (Settings::ReadAloud)
    std::optional<int> voiceVolume;          // percent
    std::string voiceData;                   // --voice-data DIR: the folder holding espeak-ng-data
    std::string speechOut;                   // --speech-out FILE.wav: the last narration written out
    std::optional<int>
        fps; // --fps 30|60: images a second while something moves (default: see FramePacing.hpp)
    bool classMode = false;
    bool kiosk = false;
    bool mute = false;

    std::string dataDir;      // empty: found next to the executable
    std::string userDir;      // empty: the platform's user-data folder
    std::string systemConfig; // --system-config FILE: instead of the computer's system.xml

    std::string startScene;      // --start
    std::string screenshotScene; // --screenshot SCENE OUT
    std::string screenshotPath;
    std::vector<std::string> layoutScenes; // --check-layout SCENE... or all
    std::optional<int> steps;              // --steps N (screenshot or headless)

    std::string guideDir;    // --export-guide DIR
    std::string poLanguage;  // --export-po CODE|template FILE
    std::string poIn, poOut; // --import-po FILE.po OUT.xml, and --export-po's FILE
    std::string benchScene;  // --bench SCENE SECONDS [--uncapped]
    double benchSeconds = 0;
    bool uncapped = false;
    std::uint32_t monkeySeed = 0; // --monkey SEED SECONDS (the seconds go in benchSeconds)
    std::string level;            // --headless --level ID
    int traceEvery = 0;           // --headless --trace N: the rules' state every N steps, on stderr
    int soakMinutes = 0;          // --headless --soak MINUTES: replay the level for that much game time
    std::string inputScript;      // --input FILE
    std::string eventsFile;       // --events FILE: window events replayed into the game
    std::string recordFile;       // --record FILE: the player's window events written out
    std::uint32_t seed = 1;       // --seed N
};

struct ParsedCommandLine {
    Options options;
    std::string error; // empty when the command line is valid
};

// `args` excludes the program name.
ParsedCommandLine parseCommandLine(const std::vector<std::string>& args);

// The text printed by --help.
std::string commandLineHelp();

} // namespace mobi
