// SPDX-License-Identifier: GPL-3.0-or-later
#include "levels/Progression.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

namespace {
LevelInfo info(const std::string& id, int number, const std::string& stage, bool built) {
    LevelInfo l;
    static_cast<LevelEntry&>(l) = LevelEntry{id, number, stage, built};
    return l;
}
} // namespace

TEST_CASE("the registry lists the six stages in life-cycle order", "[levels]") {
    const auto& levels = allLevels();
    REQUIRE(levels.size() == 6);
    const char* ids[] = {"mine", "factory", "journey", "pocket", "drawer", "rebirth"};
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(levels[i].id == ids[i]);
        CHECK(levels[i].number == static_cast<int>(i) + 1);
    }
    CHECK(findLevel("drawer")->stage == "endoflife");
    CHECK(findLevel("nowhere") == nullptr);
}

TEST_CASE("levels open one after another, skipping stages not built", "[levels]") {
    const LevelInfo first = info("a", 1, "extraction", true);
    const LevelInfo missing = info("b", 2, "production", false);
    // Level 3 depends on the built levels before it in the real registry; use real ids.
    Profile p;
    CHECK(levelState(first, &p, false) == LevelState::Open);
    CHECK(levelState(missing, &p, false) == LevelState::NotBuilt);
    p.levels["a"].done = true;
    CHECK(levelState(first, &p, false) == LevelState::Done);
    CHECK(levelState(first, nullptr, false) == LevelState::Open);
}

TEST_CASE("a later built level is locked until the earlier built ones are done", "[levels]") {
    // Whatever is built in the registry, a fake built level 6 must wait for
    // every built level before it.
    const LevelInfo last = info("rebirth", 6, "recovery", true);
    Profile p;
    bool anyBuiltBefore = false;
    for (const auto& l : allLevels())
        if (l.number < 6 && l.built) anyBuiltBefore = true;
    CHECK(levelState(last, &p, false) == (anyBuiltBefore ? LevelState::Locked : LevelState::Open));
    for (const auto& l : allLevels())
        p.levels[l.id].done = l.number < 6;
    CHECK(levelState(last, &p, false) == LevelState::Open);
    CHECK(levelState(last, nullptr, true) == LevelState::Open); // class mode opens everything built
}

TEST_CASE("digits earned are counted", "[levels]") {
    Profile p;
    p.levels["mine"].digit = 5;
    p.levels["factory"].done = true;
    CHECK(digitsEarned(p) == 1);
}
