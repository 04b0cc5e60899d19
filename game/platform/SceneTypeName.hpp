// SPDX-License-Identifier: GPL-3.0-or-later
// The class name of a scene ("PauseScene"), for a replay's report: the
// reports name what is on screen without every scene carrying a name of its own.
#pragma once

#include <string>
#include <typeinfo>

#if defined(__GNUG__)
#include <cstdlib>
#include <cxxabi.h>
#include <memory>
#endif

namespace mobi {

template <typename T> std::string sceneTypeName(const T& scene) {
    std::string name = typeid(scene).name();
#if defined(__GNUG__)
    int status = 0;
    std::unique_ptr<char, void (*)(void*)> plain(abi::__cxa_demangle(name.c_str(), nullptr, nullptr, &status),
                                                 std::free);
    if (status == 0 && plain) name = plain.get();
#endif
    if (const auto colon = name.rfind(':'); colon != std::string::npos) name.erase(0, colon + 1);
    return name;
}

} // namespace mobi
