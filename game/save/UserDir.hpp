// Where settings and progress live on this computer, and the conversions
// between std::filesystem paths and the UTF-8 strings the rest of the game
// uses (a Windows user folder such as C:\Users\Léa must survive the trip).
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

// UTF-8 string <-> path. On POSIX both are plain byte copies; on Windows they
// convert to and from the wide strings the file API needs.
std::filesystem::path pathFromUtf8(const std::string& utf8);
std::string pathToUtf8(const std::filesystem::path& path);

} // namespace mobi
