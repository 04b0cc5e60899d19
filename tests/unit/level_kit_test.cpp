// The four tests every built level gets, without writing them: its file loads
// with every id and need checked; tests/scripts/<id>_win.txt wins it (seed 7);
// the same seed plays it the same, another seed differently; and it plays for
// each option of each of its choices. (The fifth, its render test, is
// tests/render/screenshots.sh, which shoots level:<id> for every built level.)
#include "LevelTestSupport.hpp"

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
