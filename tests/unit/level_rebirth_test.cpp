// SPDX-License-Identifier: GPL-3.0-or-later
// La Renaissance, played headless from input scripts on the real data files.
#include "LevelTestSupport.hpp"
#include "content/VaultData.hpp"
#include "levels/rebirth/RebirthRules.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

namespace {
using namespace mobi::testing;

LoadedLevel loadRebirth() { return loadRealLevel("rebirth"); }
InputScript script(const std::string& name) { return loadScript(name); }
const RebirthRules& rules(const LevelSim& sim) { return static_cast<const RebirthRules&>(sim.rules()); }
} // namespace

TEST_CASE("La Renaissance loads with every id checked", "[rebirth]") {
    const LoadedLevel level = loadRebirth();
    const auto data = std::filesystem::u8path(MOBI_SOURCE_DIR);
    CHECK(vaultDigit(data, "A", "rebirth") == 8);
    CHECK(vaultDigit(data, "B", "rebirth") == 5);
    CHECK(vaultDigit(data, "Z", "rebirth") == 8); // an unknown set falls back to set A
}

TEST_CASE("the mouse script wins La Renaissance, with seed 7", "[rebirth]") {
    const LoadedLevel level = loadRebirth();
    const InputScript s = script("rebirth_win.txt");
    auto sim = play(level, s, 7, optionsFromScript(s.options));
    CHECK(sim->outcome() == Outcome::Won);
    const RebirthRules& r = rules(*sim);
    CHECK(r.phase() == RebirthRules::Phase::Podium);
    CHECK(r.cratesPlaced() == 5);
    CHECK(r.ironCaught() >= r.ironGoal());
    CHECK(r.goldInMould() >= r.goldGoal());
    // Recycling cannot bring everything back: rare earths mostly slip away.
    CHECK(r.rareEarthsLost() > r.rareEarthsKept());
}

TEST_CASE("the keyboard alone wins La Renaissance too", "[rebirth]") {
    const LoadedLevel level = loadRebirth();
    const InputScript s = script("rebirth_keys.txt");
    for (std::uint32_t seed : {7u, 42u}) {
        auto sim = play(level, s, seed, optionsFromScript(s.options));
        INFO("seed " << seed);
        CHECK(sim->outcome() == Outcome::Won);
    }
}

TEST_CASE("the same seed and script give the same hash twice", "[rebirth]") {
    const LoadedLevel level = loadRebirth();
    const InputScript s = script("rebirth_win.txt");
    const auto a = play(level, s, 7, optionsFromScript(s.options));
    const auto b = play(level, s, 7, optionsFromScript(s.options));
    CHECK(a->steps() == b->steps());
    CHECK(a->stateHash() == b->stateHash());
    CHECK(play(level, s, 9, optionsFromScript(s.options))->stateHash() != a->stateHash());
}

TEST_CASE("left alone, La Renaissance waits at the bench and never fails", "[rebirth]") {
    const LoadedLevel level = loadRebirth();
    const InputScript s = script("rebirth_idle.txt");
    for (bool young : {true, false}) {
        LevelOptions o = optionsFromScript(s.options);
        o.young = young;
        auto sim = play(level, s, 7, o);
        CHECK(sim->outcome() == Outcome::Running);
        CHECK(rules(*sim).phase() == RebirthRules::Phase::Bench);
        CHECK(rules(*sim).benchStep() == RebirthRules::BenchStep::Open);
    }
}

TEST_CASE("a glued phone needs the heat gun instead of a screwdriver", "[rebirth]") {
    const LoadedLevel level = loadRebirth();
    ErrorList errors;
    // Hold the tool on the middle of the back: screws would need to be touched
    // one by one, but glue softens anywhere on the cover.
    const InputScript s = InputScript::parse("0 pointer 14 8\n1 down\n400 end\n", "heat.txt", errors);
    REQUIRE(errors.empty());
    LevelOptions screws, glue;
    glue.choices["assembly"] = "glue";
    auto screwed = play(level, s, 7, screws);
    auto glued = play(level, s, 7, glue);
    CHECK(rules(*screwed).benchStep() == RebirthRules::BenchStep::Open);
    CHECK(rules(*glued).glued());
    CHECK(rules(*glued).heat() == Approx(1.f));
    CHECK(rules(*glued).benchStep() == RebirthRules::BenchStep::LiftCover);
}

TEST_CASE("on the podium a crate on the wrong step slides back", "[rebirth]") {
    const LoadedLevel level = loadRebirth();
    InputScript s = script("rebirth_win.txt");
    // The winning run, but crate 2 ("reduce") tried first on step 1.
    for (auto& e : s.events)
        if (e.kind == ScriptEvent::Kind::Pointer && e.x == 22.0f && e.y == 5.2f) {
            e.x = 6.5f; // grab crate 2 instead of crate 1…
            e.y = 3.4f;
            break;
        }
    auto sim = play(level, s, 7, optionsFromScript(s.options));
    // One wrong drop, one refusal: not one a step while the crate lingers on the step.
    CHECK(rules(*sim).wrongTries() == 1);
    CHECK_FALSE(rules(*sim).stepFilled(1)); // …it was refused on step 1, which waits for "refuse"
    CHECK(sim->outcome() == Outcome::Running);
}
