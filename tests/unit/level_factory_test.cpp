// SPDX-License-Identifier: GPL-3.0-or-later
// L'Usine: what the kit's four tests do not say. Both fastenings are played
// through (the screws for 9–12's six parts), nothing is ever lost (a part let
// go in the wrong place or off the belt comes round again), the jar fills to
// the level file's share, and the choice reaches La Renaissance through a
// saved profile: glued, its bench needs the heat gun; screwed, the screwdriver.
#include "LevelTestSupport.hpp"
#include "levels/CarriedOver.hpp"
#include "levels/factory/FactoryRules.hpp"
#include "levels/rebirth/RebirthRules.hpp"
#include "save/ProfilesXml.hpp"

#include <catch2/catch.hpp>

using namespace mobi;
using namespace mobi::testing;

namespace {

const FactoryRules& rules(const LevelSim& sim) { return static_cast<const FactoryRules&>(sim.rules()); }

} // namespace

TEST_CASE("glued, four parts stick as they land; screwed, six parts wait for their screws", "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    const InputScript glue = loadScript("factory_win.txt");
    auto glued = play(level, glue, 7, optionsFromScript(glue.options));
    REQUIRE(glued->outcome() == Outcome::Won);
    CHECK(rules(*glued).partsPlaced() == 4);
    CHECK_FALSE(rules(*glued).used(FactoryRules::Camera));
    CHECK_FALSE(rules(*glued).hasScrew(FactoryRules::Board));

    const InputScript screws = loadScript("factory_screws.txt");
    auto screwed = play(level, screws, 7, optionsFromScript(screws.options));
    REQUIRE(screwed->outcome() == Outcome::Won);
    CHECK(rules(*screwed).partsPlaced() == 6);
    for (auto p : {FactoryRules::Board, FactoryRules::Camera, FactoryRules::Speaker, FactoryRules::Screen}) {
        CHECK(rules(*screwed).hasScrew(p));
        CHECK(rules(*screwed).screwTurn(p) == Approx(1.f));
    }
    CHECK_FALSE(rules(*screwed).hasScrew(FactoryRules::Battery)); // it clips in

    // The same run without its screw turns: every part in, and the level waits.
    InputScript noTurns = screws;
    noTurns.events.clear();
    for (std::size_t i = 0; i < screws.events.size(); ++i)
        if (screws.events[i].target.rfind("screw.", 0) == 0)
            i += 2; // the aim at a screw, the press and the release on it
        else
            noTurns.events.push_back(screws.events[i]);
    auto waiting = play(level, noTurns, 7, optionsFromScript(screws.options));
    CHECK(waiting->outcome() == Outcome::Running);
    CHECK_FALSE(rules(*waiting).placed(FactoryRules::Screen)); // it waits for what is inside to be fastened
}

TEST_CASE(
    "with the keyboard alone a screwed phone is made: Space held where a part was let go turns its screw",
    "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    const InputScript s = loadScript("factory_keys_screws.txt");
    auto sim = play(level, s, 7, optionsFromScript(s.options));
    CHECK(sim->outcome() == Outcome::Won);
    CHECK(rules(*sim).screwTurn(FactoryRules::Board) == Approx(1.f));
    CHECK(rules(*sim).screwTurn(FactoryRules::Screen) == Approx(1.f));
}

TEST_CASE("Tab takes the keyboard hand to the part to take now, not just the leftmost", "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    // The frame in with the mouse; by step 300 the board and, left of it, the battery ride the belt.
    auto sim =
        play(level, parseScript("20 pointer @part.frame\n22 down\n24 pointer @slot.frame\n90 up\n300 end\n"),
             7, {});
    const b2Body* board = sim->world().body("part.board");
    const b2Body* battery = sim->world().body("part.battery");
    REQUIRE(board->IsEnabled());
    REQUIRE(battery->IsEnabled());
    REQUIRE(battery->GetPosition().x < board->GetPosition().x); // plain Tab would wrap to the battery
    InputFrame tab;
    tab.cyclePressed = true;
    sim->step(tab);
    CHECK(rules(*sim).suggestedGrab() == "part.board");
    CHECK((sim->grabber().hand() - board->GetWorldCenter()).Length() < 0.1f);
}

TEST_CASE("the screen before the inside, or a part off its outline, slides back once and comes round",
          "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    // The frame in; then the board let go on the battery's outline.
    auto sim =
        play(level,
             parseScript("20 pointer @part.frame\n22 down\n24 pointer @slot.frame\n90 up\n"
                         "120 pointer @part.board\n122 down\n124 pointer @slot.battery\n190 up\n1400 end\n"),
             7, {});
    CHECK(rules(*sim).placed(FactoryRules::Frame));
    CHECK_FALSE(rules(*sim).placed(FactoryRules::Board));
    CHECK(rules(*sim).wrongTries() == 1); // one refusal, however long it lingered
    // It fell back, and the belt brings it round again: it is on the belt, not lost.
    const b2Body* board = sim->world().body("part.board");
    CHECK(board->IsEnabled());
    CHECK(board->GetPosition().y > 3.f);
    CHECK(board->GetPosition().y < 6.f);
    CHECK(sim->outcome() == Outcome::Running);
}

TEST_CASE("a part carried down to the floor and let go there comes round again", "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    // The frame taken off the belt, held low beside it, let go on the floor.
    const std::string carry = "20 pointer @part.frame\n22 down\n24 pointer 25 1\n120 up\n";
    auto soon = play(level, parseScript(carry + "400 end\n"), 7, {});
    CHECK(rules(*soon).cameRound() == 1);
    CHECK_FALSE(soon->world().body("part.frame")->IsEnabled()); // waiting its turn, after the others
    auto later = play(level, parseScript(carry + "1300 end\n"), 7, {});
    const b2Body* frame = later->world().body("part.frame");
    CHECK(frame->IsEnabled()); // back on the belt
    CHECK(frame->GetPosition().y > 3.f);
}

TEST_CASE("a part that rides off the belt's end comes round again; left alone, nothing fails", "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    for (bool young : {true, false}) {
        LevelOptions o;
        o.young = young;
        auto sim = play(level, parseScript("36000 end\n"), 7, o); // ten minutes
        CHECK(sim->outcome() == Outcome::Running);
        CHECK(rules(*sim).cameRound() > 10);
        int onBelt = 0;
        for (const char* p : FactoryRules::kParts)
            onBelt += sim->world().body(std::string("part.") + p)->IsEnabled() ? 1 : 0;
        CHECK(onBelt >= 1); // every part is on the belt or waiting its turn: none is lost
    }
}

TEST_CASE("the 9-12 challenge runs a faster belt against the clock; without it nothing fails", "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    LevelOptions o;
    o.young = false;
    o.challenge = true;
    auto sim = play(level, parseScript("12000 end\n"), 7, o);
    CHECK(sim->outcome() == Outcome::Lost);
    CHECK(rules(*sim).beltSpeed() > 1.5f);
    o.challenge = false;
    CHECK(play(level, parseScript("12000 end\n"), 7, o)->outcome() == Outcome::Running);
}

TEST_CASE("the footprint jar fills with each part, to the level file's share once the phone is made",
          "[factory]") {
    const LoadedLevel level = loadRealLevel("factory");
    REQUIRE(level.data.footprint.share == Approx(0.75f)); // M1: three quarters
    CHECK(level.data.footprint.factId == "M1");
    const InputScript s = loadScript("factory_win.txt");
    InputScript half = s;
    half.endStep = 200; // the frame and the board
    CHECK(play(level, half, 7, optionsFromScript(s.options))->footprintAdded() == Approx(0.75f / 2.f));
    CHECK(play(level, s, 7, optionsFromScript(s.options))->footprintAdded() == Approx(0.75f));
}

TEST_CASE("L'Usine won with glue, La Renaissance in the same saved profile needs the heat gun; with screws "
          "the screwdriver",
          "[factory][profile]") {
    const LoadedLevel factory = loadRealLevel("factory");
    const LoadedLevel rebirth = loadRealLevel("rebirth");
    for (const std::string script : {"factory_win.txt", "factory_screws.txt"}) {
        DYNAMIC_SECTION(script) {
            const InputScript s = loadScript(script);
            auto won = play(factory, s, 7, optionsFromScript(s.options));
            REQUIRE(won->outcome() == Outcome::Won);
            Profile p;
            p.name = "Léa";
            keepFromWin(factory.data, won->options(), won->footprintAdded(), p);
            const Profile back = savedAndReadBack(p);
            LevelOptions options;
            carryInto(rebirth.data, back, options);
            CHECK(footprintBefore(back, 3) == Approx(0.75f));
            // At the bench, the tool held on the middle of Mobi's back for a while.
            auto bench = play(rebirth, parseScript("0 pointer 14 8\n1 down\n400 end\n"), 7, options);
            const auto& r = static_cast<const RebirthRules&>(bench->rules());
            const bool glued = script == "factory_win.txt";
            CHECK(r.glued() == glued);
            CHECK(r.heat() == Approx(glued ? 1.f : 0.f));
            CHECK((r.benchStep() == RebirthRules::BenchStep::LiftCover) ==
                  glued); // screws still hold it shut
        }
    }
}
