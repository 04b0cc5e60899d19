// SPDX-License-Identifier: GPL-3.0-or-later
// Where settings and progress live on this computer (or on the USB stick the
// game runs from), and the conversions between std::filesystem paths and the
// UTF-8 strings the rest of the game uses (a Windows user folder such as
// C:\Users\Léa must survive the trip).
#pragma once

#include <filesystem>
#include <string>

namespace mobi {

// The user-data folder, from the environment values passed in (each may be
// null). Pure, so every case is unit-tested:
//  - Windows: %APPDATA%\Mobi2070; without APPDATA, <home>\AppData\Roaming\Mobi2070;
//  - elsewhere: $XDG_DATA_HOME/mobi2070 when it is set and absolute (the XDG
//    spec says a relative value must be ignored), else $HOME/.local/share/mobi2070.
// Values are UTF-8. Returns an empty path when none of them is usable.
std::filesystem::path userDirFrom(const char* xdgDataHome, const char* home, const char* appData);

// userDirFrom() applied to this process's environment (on Windows the wide
// environment, converted to UTF-8, so accented user names work). When the
// environment gives nothing usable, a "mobi2070" folder in the temporary
// directory, so the game still runs and saves for the session.
std::filesystem::path defaultUserDir();

// A portable copy of the game (the Windows .zip on a USB stick, an unpacked
// archive) has this file beside its executable. It then keeps its saves in a
// folder beside itself, so a child's progress travels with the stick and
// nothing is left on the school's computer.
constexpr const char* kPortableMarker = "portable.txt";
constexpr const char* kPortableSavesFolder = "saves";

struct UserDirChoice {
    enum class Why {
        CommandLine,      // --user-dir
        Portable,         // <exe dir>/saves of a portable copy
        Platform,         // defaultUserDir()
        PortableReadOnly, // a portable copy whose folder cannot be written (a locked
                          // stick, a read-only share): defaultUserDir() instead
    };
    std::filesystem::path dir;
    Why why = Why::Platform;
};

// The rule, pure so every case is unit-tested; the caller probes the disk.
// An explicit --user-dir (UTF-8, may be empty) always wins; then the portable
// folder <exeDir>/saves, if the marker is there and that folder is writable;
// else `platformDir`.
UserDirChoice chooseUserDir(const std::string& commandLineDir, const std::filesystem::path& exeDir,
                            bool portableMarker, bool portableWritable,
                            const std::filesystem::path& platformDir);

// True when kPortableMarker is a file in `exeDir`.
bool hasPortableMarker(const std::filesystem::path& exeDir);

// True when `dir` is (or can be made) a folder in which a file can be created.
// Creates the folder; the probe file it writes is removed again.
bool folderIsWritable(const std::filesystem::path& dir);

// chooseUserDir() with the facts of this computer: the marker beside `exeDir`,
// whether the portable folder can be written, and defaultUserDir().
UserDirChoice resolveUserDir(const std::string& commandLineDir, const std::filesystem::path& exeDir);

// UTF-8 string <-> path. On POSIX both are plain byte copies; on Windows they
// convert to and from the wide strings the file API needs.
std::filesystem::path pathFromUtf8(const std::string& utf8);
std::string pathToUtf8(const std::filesystem::path& path);

} // namespace mobi
