// SPDX-License-Identifier: GPL-3.0-or-later
// La Mine, played headless from input scripts on the real data files.
#include "LevelTestSupport.hpp"
#include "content/VaultData.hpp"
#include "levels/mine/MineRules.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

namespace {
using namespace mobi::testing;

LoadedLevel loadMine() { return loadRealLevel("mine"); }
InputScript script(const std::string& name) { return loadScript(name); }
const MineRules& rules(const LevelSim& sim) { return static_cast<const MineRules&>(sim.rules()); }
} // namespace

TEST_CASE("La Mine loads with every id checked", "[mine]") {
    const LoadedLevel level = loadMine();
    const auto data = std::filesystem::u8path(MOBI_SOURCE_DIR);
    CHECK(vaultDigit(data, "A", "mine") == 5);
    CHECK(vaultDigit(data, "B", "mine") == 7);
    CHECK(vaultDigit(data, "Z", "mine") == 5); // an unknown set falls back to set A
    REQUIRE(level.data.choices.size() == 1);
    CHECK(level.data.choices[0].options.size() == 3);
    CHECK(level.data.choices[0].options[2].requiresLevel == "rebirth"); // the urban mine waits for level 6
}

TEST_CASE("the winning script wins La Mine, with seed 7", "[mine]") {
    const LoadedLevel level = loadMine();
    const InputScript s = script("mine_win.txt");
    auto sim = play(level, s, 7, optionsFromScript(s.options));
    CHECK(sim->outcome() == Outcome::Won);
    CHECK(rules(*sim).nuggetsTotal() >= rules(*sim).goal());
    // A script plays a steady rhythm, faster than a child: between 1.5 and 6
    // minutes for it means about 3 to 6 for a child.
    CHECK(sim->steps() > 90 * 60);
    CHECK(sim->steps() < 6 * 60 * 60);
    CHECK(rules(*sim).rocksOnHeap() > 50); // a mountain of rock for a few grams of metal
}

TEST_CASE("the mouse alone wins La Mine too, by dragging the sieve", "[mine]") {
    const LoadedLevel level = loadMine();
    const InputScript s = script("mine_mouse.txt");
    for (std::uint32_t seed : {7u, 42u}) {
        INFO("seed " << seed);
        auto sim = play(level, s, seed, optionsFromScript(s.options));
        CHECK(sim->outcome() == Outcome::Won);
        CHECK(sim->steps() < 6 * 60 * 60);
    }
}

TEST_CASE("the same seed and script give the same hash, another seed another one", "[mine]") {
    const LoadedLevel level = loadMine();
    const InputScript s = script("mine_win.txt");
    const auto a = play(level, s, 7, optionsFromScript(s.options));
    const auto b = play(level, s, 7, optionsFromScript(s.options));
    CHECK(a->steps() == b->steps());
    CHECK(a->stateHash() == b->stateHash());
    const auto c = play(level, s, 8, optionsFromScript(s.options));
    CHECK(c->stateHash() != a->stateHash());
}

TEST_CASE("left alone for ten minutes, La Mine waits for a 6-8 child", "[mine]") {
    const LoadedLevel level = loadMine();
    const InputScript s = script("mine_idle.txt");
    auto sim = play(level, s, 7, optionsFromScript(s.options));
    CHECK(sim->steps() == 36000);
    CHECK(sim->outcome() == Outcome::Running); // no fail state for 6-8
    CHECK(rules(*sim).hopperWaiting());        // the full sieve stops the hopper…
    CHECK(sim->world().bodyCount() < 40);      // …so nothing piles up without end
    CHECK(sim->idleSteps() >= 35999);          // and the hint asks the child to tilt it
    CHECK(sim->hint() == "hint.mine.full");
}

TEST_CASE("the 9-12 challenge ends when time runs out; without it nothing fails", "[mine]") {
    const LoadedLevel level = loadMine();
    const InputScript s = script("mine_idle.txt");
    LevelOptions older = optionsFromScript(s.options);
    older.young = false;
    auto relaxed = play(level, s, 7, older);
    CHECK(relaxed->outcome() == Outcome::Running);
    older.challenge = true;
    auto timed = play(level, s, 7, older);
    CHECK(timed->outcome() == Outcome::Lost);
    CHECK(timed->steps() == 240 * 60); // challengeSeconds exactly
}

TEST_CASE("the responsible mine muddies the river less than the classic one", "[mine]") {
    const LoadedLevel level = loadMine();
    InputScript s = script("mine_win.txt");
    s.endStep = 3 * 60 * 60;
    LevelOptions classic = optionsFromScript(s.options), responsible = classic;
    responsible.choices["mine"] = "responsible";
    auto a = play(level, s, 7, classic);
    auto b = play(level, s, 7, responsible);
    // Both dug a heap of rock (the player's rhythm, not the mine, sets how much:
    // the hopper waits for a full sieve), but the classic mine's river is far muddier.
    REQUIRE(rules(*a).rocksOnHeap() > 30);
    REQUIRE(rules(*b).rocksOnHeap() > 30);
    CHECK(rules(*a).mud() > 2.f * rules(*b).mud());
}
