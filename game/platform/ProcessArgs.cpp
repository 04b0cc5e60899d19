// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProcessArgs.hpp"

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
// windows.h first: shellapi.h uses its types (a blank line keeps clang-format from sorting them).
#include <windows.h>

#include <shellapi.h>

#include <cstdio>
#include <filesystem>
#endif

namespace mobi {

std::vector<std::string> utf8Arguments(int argc, char** argv) {
#ifdef _WIN32
    int count = 0;
    if (wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        std::vector<std::string> args;
        // std::filesystem does the UTF-16 → UTF-8 conversion the save code uses too.
        for (int i = 1; i < count; ++i)
            args.push_back(std::filesystem::path(wide[i]).u8string());
        LocalFree(wide);
        return args;
    }
#endif
    return std::vector<std::string>(argv + 1, argv + argc);
}

void attachParentConsole() {
#ifdef _WIN32
    // Output redirected to a file or a pipe already has a handle: keep it.
    auto missing = [](DWORD which) {
        HANDLE h = GetStdHandle(which);
        return h == nullptr || h == INVALID_HANDLE_VALUE;
    };
    const bool noOut = missing(STD_OUTPUT_HANDLE);
    const bool noErr = missing(STD_ERROR_HANDLE);
    if (!noOut && !noErr) return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS)) return;
    if (noOut) (void)std::freopen("CONOUT$", "w", stdout);
    if (noErr) (void)std::freopen("CONOUT$", "w", stderr);
#endif
}

} // namespace mobi
