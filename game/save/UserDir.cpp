#include "save/UserDir.hpp"

#include <cstdlib>
#include <system_error>

namespace mobi {

namespace fs = std::filesystem;

namespace {

bool isSet(const char* value) {
    return value && value[0] != '\0';
}

#ifdef _WIN32
// getenv() gives the ANSI code page on Windows; _wgetenv gives the real name.
std::string environmentUtf8(const wchar_t* name) {
    const wchar_t* value = _wgetenv(name);
    return value ? fs::path(value).u8string() : std::string();
}
#endif

} // namespace

fs::path pathFromUtf8(const std::string& utf8) {
    return fs::u8path(utf8);
}

std::string pathToUtf8(const fs::path& path) {
    return path.u8string();
}

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

} // namespace mobi
