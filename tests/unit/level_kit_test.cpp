// The four tests every built level gets, without writing them: its file loads
// with every id and need checked; tests/scripts/<id>_win.txt wins it (seed 7);
// the same seed plays it the same, another seed differently; and it plays for
// each option of each of its choices. (The fifth, its render test, is
// tests/render/screenshots.sh, which shoots level:<id> for every built level.)
#include "LevelTestSupport.hpp"
#include "levels/ScriptAims.hpp"

#include <cmath>

#include <catch2/catch.hpp>

using namespace mobi;
using namespace mobi::testing;

TEST_CASE("every built level loads, wins its script, and replays the same", "[levels][kit]") {
    int built = 0;
    for (const LevelInfo& info : allLevels()) {
        if (!info.built) continue;
        ++built;
        DYNAMIC_SECTION(info.id) {
            REQUIRE(info.makeRules);
            REQUIRE(info.goal);
            const LoadedLevel level = loadRealLevel(info.id);
            const InputScript s = loadScript(info.id + "_win.txt");
            const LevelOptions options = optionsFromScript(s.options);
            auto a = play(level, s, 7, options);
            CHECK(a->outcome() == Outcome::Won);
            auto b = play(level, s, 7, options);
            CHECK(a->steps() == b->steps());
            CHECK(a->stateHash() == b->stateHash());
            CHECK(play(level, s, 8, options)->stateHash() != a->stateHash());
            // What the intro card shows comes from the rules, for both age bands.
            for (bool young : {true, false}) {
                LevelOptions o;
                o.young = young;
                const LevelGoal goal = info.goal(levelParams(level.data, info.params, {}), o);
                CHECK(goal.count > 0);
                if (goal.challengeOffered) CHECK(goal.challengeSeconds > 0.f);
            }
        }
    }
    CHECK(built >= 2);
}

TEST_CASE("a script aims at a body by its name, wherever it has gone", "[levels][kit]") {
    const LoadedLevel level = loadRealLevel("rebirth");
    ErrorList errors;
    // Drag the new battery towards the right, then aim at it again: the
    // second aim finds it where the drag left it, not where the file put it.
    const InputScript s = InputScript::parse("0 pointer @bench.newBattery\n1 down\n2 pointer 20 10\n"
                                             "90 pointer @bench.newBattery\n",
                                             "aim.txt", errors);
    REQUIRE(errors.empty());
    REQUIRE(checkScriptAims(s, "aim.txt", level.data, errors));
    auto sim = startLevel(level, {}, 7);
    ScriptPlayer player(s);
    InputFrame first = player.frame(0, sim->locator());
    CHECK(first.pointerX == Approx(4.2f));
    CHECK(first.pointerY == Approx(10.5f));
    InputFrame last;
    while (sim->steps() <= 90)
        sim->step(last = player.frame(sim->steps(), sim->locator()));
    float x = 0.f, y = 0.f;
    REQUIRE(sim->locate("bench.newBattery", x, y));
    CHECK(x > 10.f); // it was carried
    CHECK(last.pointerX == Approx(x).margin(0.3f));
    // On the screen's pixel grid (40 pixels a metre here), as a window's mouse would give it.
    CHECK(last.pointerX * 40.f == Approx(std::round(last.pointerX * 40.f)).margin(1e-3));
    // A zone is aimed at by its centre.
    REQUIRE(sim->locate("bench.bin", x, y));
    CHECK(x == Approx(26.5f));
}

TEST_CASE("a script aiming at a name the level lacks is refused with file:line", "[levels][kit]") {
    const LoadedLevel level = loadRealLevel("rebirth");
    ErrorList errors;
    const InputScript s = InputScript::parse("# aim\n10 pointer @bench.screw9\n", "aim.txt", errors);
    REQUIRE(errors.empty());
    CHECK_FALSE(checkScriptAims(s, "aim.txt", level.data, errors));
    INFO(errors.toString());
    CHECK_THAT(errors.toString(),
               Catch::Contains("aim.txt:2: pointer @bench.screw9: expected the name of a body or zone of") &&
                   Catch::Contains("06_rebirth.xml"));
}
