// SPDX-License-Identifier: GPL-3.0-or-later
// The system-wide configuration a school's IT puts on every PC, so that thirty
// machines start in class mode (or kiosk mode, in French, in low detail…)
// without touching each account. One element, every attribute optional:
//
//   <system version="1" class="true" kiosk="false" language="fr"
//           fullscreen="true" lowDetail="true" mute="false" textSize="1"
//           font="andika" uppercase="false" codeSet="B" classSession="short"
//           readAloud="auto" voiceVolume="100"
//           saves="//server/mobi2070/{user}"/>
//
// Where it is looked for, first found wins (see systemConfigCandidates):
//   Linux:   /etc/mobi2070/system.xml
//   Windows: %ProgramData%\Mobi2070\system.xml
//   both:    system.xml beside the executable (an install folder or USB stick)
// The command line wins over the file; class, kiosk and mute can only be
// switched on by it. A mistake is reported as file:line and the rest of the
// file still applies: the game always starts. `mobi2070 --check-data` checks it.
#pragma once

#include "content/DataError.hpp"
#include "core/CommandLine.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mobi {

struct SystemConfig {
    std::string file; // where it was read from, for messages
    bool classMode = false, kiosk = false, mute = false;
    std::optional<std::string> classSession; // "short" or "full"
    std::optional<std::string> readAloud;    // "auto", "on" or "off"
    std::optional<int> voiceVolume;
    std::optional<std::string> language, font, codeSet;
    std::optional<bool> fullscreen, lowDetail, uppercase;
    std::optional<int> textSize;
    std::string saves; // a folder for the saves; "{user}" becomes the login name
};

// The places to look, in order. `programData` is %ProgramData% on Windows
// (may be null); `exeDir` the folder of the executable (may be empty).
std::vector<std::filesystem::path> systemConfigCandidates(const std::filesystem::path& exeDir,
                                                          const char* programData);

SystemConfig loadSystemConfig(const std::string& text, const std::string& name, ErrorList& errors);

// The first candidate that exists, loaded; nullopt when there is none.
std::optional<SystemConfig> findSystemConfig(const std::vector<std::filesystem::path>& candidates,
                                             ErrorList& errors);

// The configuration for this run: the file named by --system-config (an
// error if it is missing), else the first of this computer's candidates.
std::optional<SystemConfig> findSystemConfigFor(const Options& options, const std::filesystem::path& exeDir,
                                                ErrorList& errors);

// The login name of this account, from the environment ("" if unknown).
std::string loginName();

// Fills what the command line left unset. A language is used only when
// `languages` has it, so a typo cannot stop the game from starting.
void applySystemConfig(const SystemConfig& config, const std::vector<std::string>& languages,
                       const std::string& userName, Options& options);

// A login name made safe as one folder name: letters, digits, '.', '-', '_'
// kept, anything else '_'; "player" when nothing is left.
std::string folderSafeUserName(const std::string& name);

} // namespace mobi
