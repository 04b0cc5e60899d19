// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry point of one target, chosen at build time by
// MOBI_FUZZ_TARGET (see CMakeLists.txt).
#include "FuzzTargets.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

mobi::fuzz::Target chosenTarget() {
    for (const auto& [name, target] : mobi::fuzz::targets())
        if (name == MOBI_FUZZ_TARGET) return target;
    std::abort(); // a CMake list entry with no function
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mobi::fuzz::Target target = chosenTarget();
    if (!target(std::string(reinterpret_cast<const char*>(data), size))) std::abort();
    return 0;
}
