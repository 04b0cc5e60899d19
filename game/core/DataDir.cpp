// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DataDir.hpp"

#ifdef _WIN32
#include <windows.h>
#endif

namespace mobi {

std::vector<std::filesystem::path> dataDirCandidates(const std::filesystem::path& exeDir) {
    namespace fs = std::filesystem;
    std::vector<fs::path> out;
    if (!exeDir.empty()) {
        // Installed: <prefix>/bin/mobi2070 → <prefix>/share/mobi2070 (also /usr/games).
        out.push_back(exeDir.parent_path() / MOBI_INSTALL_DATADIR);
        out.push_back(exeDir.parent_path() / "share" / "mobi2070");
        // Portable archive: data beside the executable.
        out.push_back(exeDir);
    }
    // A development build runs from its build folder and reads the source tree.
    out.push_back(fs::u8path(MOBI_SOURCE_DIR));
    return out;
}

bool looksLikeDataDir(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / "locale" / "fr.xml", ec);
}

std::filesystem::path findDataDir(const std::filesystem::path& exeDir) {
    for (const auto& candidate : dataDirCandidates(exeDir))
        if (looksLikeDataDir(candidate)) return candidate.lexically_normal();
    return {};
}

std::filesystem::path executableDir() {
    std::error_code ec;
#ifdef _WIN32
    wchar_t buffer[MAX_PATH * 4];
    DWORD n = GetModuleFileNameW(nullptr, buffer, static_cast<DWORD>(std::size(buffer)));
    if (n == 0 || n >= std::size(buffer)) return {};
    return std::filesystem::path(std::wstring(buffer, n)).parent_path();
#else
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
#endif
}

} // namespace mobi
