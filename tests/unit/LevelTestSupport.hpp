// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the level tests: load a level from the real data files, read an
// input script from tests/scripts, and play it headless.
#pragma once

#include "core/InputScript.hpp"
#include "levels/LevelLoad.hpp"
#include "save/ProfilesXml.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace mobi::testing {

inline LoadedLevel loadRealLevel(const std::string& id) {
    ErrorList errors;
    auto level = loadLevelById(std::filesystem::u8path(MOBI_SOURCE_DIR), id, errors);
    INFO(errors.toString());
    REQUIRE(level);
    REQUIRE(errors.empty());
    return std::move(*level);
}

inline InputScript loadScript(const std::string& name) {
    ErrorList errors;
    InputScript s = InputScript::load(std::string(MOBI_TEST_SCRIPTS_DIR) + "/" + name, errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    return s;
}

// A player's profile saved and read back, as the game does between two levels.
inline Profile savedAndReadBack(const Profile& p) {
    ProfileBook book;
    book.slots[0] = p;
    std::string error;
    auto back = profilesFromXml(profilesToXml(book), error);
    INFO(error);
    REQUIRE(back);
    REQUIRE(back->slots[0]);
    return *back->slots[0];
}

// A script written in the test itself.
inline InputScript parseScript(const std::string& text) {
    ErrorList errors;
    InputScript s = InputScript::parse(text, "test.txt", errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    return s;
}

// Plays a script to its end, or until the level is won or lost.
inline std::unique_ptr<LevelSim> play(const LoadedLevel& level, const InputScript& s, std::uint32_t seed,
                                      const LevelOptions& options) {
    auto sim = startLevel(level, options, seed);
    ScriptPlayer player(s);
    while (!player.finished(sim->steps()) && sim->outcome() == Outcome::Running)
        sim->step(player.frame(sim->steps(), sim->locator()));
    return sim;
}

} // namespace mobi::testing
