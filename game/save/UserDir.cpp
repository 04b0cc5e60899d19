// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/UserDir.hpp"

#include <cstdlib>
#include <fstream>
#include <system_error>

namespace mobi {

namespace fs = std::filesystem;

namespace {

bool isSet(const char* value) { return value && value[0] != '\0'; }

#ifdef _WIN32
// getenv() gives the ANSI code page on Windows; _wgetenv gives the real name.
std::string environmentUtf8(const wchar_t* name) {
    const wchar_t* value = _wgetenv(name);
    return value ? fs::path(value).u8string() : std::string();
}
#endif

} // namespace

fs::path pathFromUtf8(const std::string& utf8) { return fs::u8path(utf8); }

std::string pathToUtf8(const fs::path& path) { return path.u8string(); }

fs::path userDirFrom(const char* xdgDataHome, const char* home, const char* appData) {
#ifdef _WIN32
    (void)xdgDataHome;
    if (isSet(appData)) return pathFromUtf8(appData) / "Mobi2070";
    if (isSet(home)) return pathFromUtf8(home) / "AppData" / "Roaming" / "Mobi2070";
#else
    (void)appData;
    if (isSet(xdgDataHome)) {
        const fs::path xdg = pathFromUtf8(xdgDataHome);
        if (xdg.is_absolute()) return xdg / "mobi2070";
    }
    if (isSet(home)) return pathFromUtf8(home) / ".local" / "share" / "mobi2070";
#endif
    return fs::path();
}

fs::path defaultUserDir() {
#ifdef _WIN32
    const std::string appData = environmentUtf8(L"APPDATA");
    const std::string home = environmentUtf8(L"USERPROFILE");
    fs::path dir = userDirFrom(nullptr, home.c_str(), appData.c_str());
#else
    fs::path dir = userDirFrom(std::getenv("XDG_DATA_HOME"), std::getenv("HOME"), nullptr);
#endif
    if (dir.empty()) {
        std::error_code ec;
        const fs::path tmp = fs::temp_directory_path(ec);
        dir = (ec ? fs::path(".") : tmp) / "mobi2070";
    }
    return dir;
}

UserDirChoice chooseUserDir(const std::string& commandLineDir, const fs::path& exeDir, bool portableMarker,
                            bool portableWritable, const fs::path& platformDir) {
    using Why = UserDirChoice::Why;
    if (!commandLineDir.empty()) return {pathFromUtf8(commandLineDir), Why::CommandLine};
    if (portableMarker && !exeDir.empty()) {
        if (portableWritable) return {exeDir / kPortableSavesFolder, Why::Portable};
        return {platformDir, Why::PortableReadOnly};
    }
    return {platformDir, Why::Platform};
}

bool hasPortableMarker(const fs::path& exeDir) {
    std::error_code ec;
    return !exeDir.empty() && fs::is_regular_file(exeDir / kPortableMarker, ec);
}

bool folderIsWritable(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir, ec)) return false;
    // Permissions and attributes do not tell the whole story (a write-protected
    // stick, ACLs on a school share): actually creating a file does.
    const fs::path probe = dir / ".mobi2070-write-test";
    bool ok = false;
    {
        std::ofstream out(probe, std::ios::binary | std::ios::trunc);
        ok = out.is_open() && (out << "ok").flush().good();
    }
    fs::remove(probe, ec);
    return ok;
}

UserDirChoice resolveUserDir(const std::string& commandLineDir, const fs::path& exeDir) {
    if (!commandLineDir.empty()) return chooseUserDir(commandLineDir, exeDir, false, false, {});
    const bool marker = hasPortableMarker(exeDir);
    const bool writable = marker && folderIsWritable(exeDir / kPortableSavesFolder);
    return chooseUserDir(commandLineDir, exeDir, marker, writable, defaultUserDir());
}

} // namespace mobi
