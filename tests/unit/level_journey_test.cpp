// SPDX-License-Identifier: GPL-3.0-or-later
// Le Grand Voyage: what the kit's four tests do not say. Every way is played
// (plane, ship, train, van, bike), with the mouse and with the keys; the jar
// kept in a saved profile is fuller after planes than after the slow way; a
// crate that falls is fished back and the trip waits for it; nothing fails
// for 6–8, the challenge's clock does; less motion calms the deck; the map's
// ghost hand offers both ways.
#include "LevelTestSupport.hpp"
#include "levels/CarriedOver.hpp"
#include "levels/journey/JourneyRules.hpp"
#include "save/ProfilesXml.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace mobi;
using namespace mobi::testing;

namespace {

using Way = JourneyRules::Way;

const JourneyRules& rules(const LevelSim& sim) { return static_cast<const JourneyRules&>(sim.rules()); }

std::unique_ptr<LevelSim> playScript(const LoadedLevel& level, const std::string& name,
                                     LevelOptions* changed = nullptr) {
    const InputScript s = loadScript(name);
    LevelOptions options = optionsFromScript(s.options);
    if (changed) options = *changed;
    return play(level, s, 7, options);
}

// The jar's clouds from Le Grand Voyage in a profile saved and read back, as the game does.
float savedClouds(const LevelSim& won, const LoadedLevel& level) {
    Profile p;
    p.name = "Noé";
    keepFromWin(won, p);
    const std::vector<float> clouds = tripClouds(savedAndReadBack(p), level.data.footprint.planeCloud);
    CHECK(clouds.size() == 3); // one a leg of legs 1–3; the last leg's van or bike is not counted
    return std::accumulate(clouds.begin(), clouds.end(), 0.f);
}

} // namespace

TEST_CASE("the mixed run goes by ship, plane, train and cargo bike, and ends four times round the world",
          "[journey]") {
    const LoadedLevel level = loadRealLevel("journey");
    for (const char* script : {"journey_win.txt", "journey_keys.txt"}) {
        DYNAMIC_SECTION(script) {
            auto won = playScript(level, script);
            REQUIRE(won->outcome() == Outcome::Won);
            const JourneyRules& r = rules(*won);
            CHECK(r.way(0) == Way::Ship);
            CHECK(r.way(1) == Way::Plane);
            CHECK(r.way(2) == Way::Train); // leg 3 is by land (the level file's leg3Sea)
            CHECK(r.way(3) == Way::Bike);
            CHECK(r.globes() == Approx(4.f));
            CHECK(r.clouds() == std::vector<float>{1.f, level.data.footprint.planeCloud, 1.f});
            CHECK(won->rules().choicesMade().at("leg2") == "plane");
        }
    }
}

TEST_CASE("planes only and the slow way only both win, and the saved jar is fuller after planes",
          "[journey][profile]") {
    const LoadedLevel level = loadRealLevel("journey");
    auto planes = playScript(level, "journey_planes.txt");
    auto slow = playScript(level, "journey_slow.txt");
    REQUIRE(planes->outcome() == Outcome::Won);
    REQUIRE(slow->outcome() == Outcome::Won);
    for (int leg = 0; leg < 3; ++leg) {
        CHECK(rules(*planes).way(leg) == Way::Plane);
        CHECK(rules(*slow).way(leg) == (leg < 2 ? Way::Ship : Way::Train));
    }
    CHECK(rules(*planes).way(3) == Way::Van);
    CHECK(rules(*slow).way(3) == Way::Bike);
    CHECK(rules(*planes).crates().size() == 4); // 9–12 load four crates
    const float byPlane = savedClouds(*planes, level), bySlowWay = savedClouds(*slow, level);
    CHECK(bySlowWay == Approx(3.f));
    CHECK(byPlane == Approx(3.f * level.data.footprint.planeCloud));
    CHECK(byPlane > 7.f * bySlowWay); // T3: about 87 % less by train than by plane
}

TEST_CASE("a crate that falls in the water is fished back onto the deck, and the trip waits for it",
          "[journey]") {
    const LoadedLevel level = loadRealLevel("journey");
    // The slow way all along (journey_slow.txt), and on the first crossing a crate taken off
    // the deck and let go over the sea, beyond the ship's bow.
    InputScript s = loadScript("journey_slow.txt");
    const InputScript overboard = parseScript("900 pointer @crate.4\n902 down\n906 pointer 28 7\n940 up\n");
    s.events.insert(s.events.end(), overboard.events.begin(), overboard.events.end());
    std::stable_sort(s.events.begin(), s.events.end(),
                     [](const ScriptEvent& a, const ScriptEvent& b) { return a.step < b.step; });
    auto sim = startLevel(level, optionsFromScript(s.options), 7);
    ScriptPlayer player(s);
    const JourneyRules& r = rules(*sim);
    int waitedSteps = 0, arrivals = 0;
    auto anyFishing = [&r] {
        for (std::size_t i = 0; i < r.crates().size(); ++i)
            if (r.fishing(static_cast<int>(i))) return true;
        return false;
    };
    while (!player.finished(sim->steps()) && sim->outcome() == Outcome::Running) {
        const int travelled = r.travelSteps(), legs = r.legsDone(), aboard = r.cratesAboard();
        const bool wasSlow = r.phase() == JourneyRules::Phase::Slow, wasFishing = anyFishing();
        sim->step(player.frame(sim->steps(), sim->locator()));
        // A crate in the water through a whole step (not one just fallen, or just let down).
        if (wasFishing && anyFishing() && r.stage() == JourneyRules::Stage::Travelling) {
            CHECK(r.travelSteps() == travelled); // the ship does not go on without it
            ++waitedSteps;
        }
        if (wasSlow && r.legsDone() == legs + 1) {
            ++arrivals;
            CHECK(aboard == static_cast<int>(r.crates().size())); // all of them, every time
        }
    }
    CHECK(sim->outcome() == Outcome::Won);
    CHECK(arrivals == 3);
    CHECK(r.fishedBack() >= 1);
    CHECK(waitedSteps > 0);

    // One let go over the water on purpose, while loading: back on the deck.
    auto dropped =
        play(level,
             parseScript("option age young\n20 pointer @parcel\n22 down\n24 pointer @pick.slow\n60 up\n"
                         "140 pointer @crate.wide1\n142 down\n146 pointer 12 9\n160 pointer 13.6 7\n"
                         "200 up\n700 end\n"),
             7, {});
    const JourneyRules& d = rules(*dropped);
    CHECK(d.fishedBack() == 1);
    const b2Vec2 at = dropped->world().body("crate.wide1")->GetPosition();
    CHECK(dropped->zones().contains("deck.load", at));
}

TEST_CASE("a crate flicked onto the deck lands there, as a quick drag of the mouse in a window does",
          "[journey]") {
    // As xdotool drags in a real window: the pointer jumps from the crate to the deck and the
    // button is let go 0.3 s later, while the crate still swings on the hand's spring over the water.
    const LoadedLevel level = loadRealLevel("journey");
    std::string text = "option age young\n20 pointer @parcel\n22 down\n28 pointer @pick.slow\n46 up\n";
    const char* const crates[] = {"crate.wide1", "crate.wide2", "crate.wide3"};
    const char* const spots[] = {"17.8 7.4", "20.5 7.4", "23.2 7.4"};
    for (int i = 0; i < 3; ++i) {
        const int t = 140 + 60 * i;
        text += std::to_string(t) + " pointer @" + crates[i] + "\n" + std::to_string(t + 6) + " down\n" +
                std::to_string(t + 12) + " pointer " + spots[i] + "\n" + std::to_string(t + 30) + " up\n";
    }
    auto sim = play(level, parseScript(text + "400 end\n"), 7, {});
    CHECK(rules(*sim).fishedBack() == 0);
    for (int i = 0; i < 3; ++i)
        CHECK(rules(*sim).fishing(i) == false);
    CHECK(rules(*sim).cratesAboard() == 3);
}

TEST_CASE("left alone, 6–8 never lose; the 9–12 challenge is lost when its clock runs out", "[journey]") {
    const LoadedLevel level = loadRealLevel("journey");
    const InputScript idle = parseScript("36000 end\n");
    auto young = play(level, idle, 7, {});
    CHECK(young->outcome() == Outcome::Running);
    // Loaded, then left: the ship crosses alone, and the map waits for the next leg.
    auto loaded = play(
        level,
        parseScript("option age young\n20 pointer @parcel\n22 down\n24 pointer @pick.slow\n60 up\n"
                    "140 pointer @crate.wide1\n142 down\n146 pointer 12 9\n160 pointer 17.8 7.4\n"
                    "210 up\n220 pointer @crate.wide2\n222 down\n226 pointer 12 9\n240 pointer 20.5 7.4\n"
                    "290 up\n300 pointer @crate.wide3\n302 down\n306 pointer 12 9\n320 pointer 23.2 7.4\n"
                    "370 up\n36000 end\n"),
        7, {});
    CHECK(loaded->outcome() == Outcome::Running);
    CHECK(rules(*loaded).legsDone() == 1);
    CHECK(rules(*loaded).phase() == JourneyRules::Phase::Map);

    LevelOptions older;
    older.young = false;
    CHECK(play(level, idle, 7, older)->outcome() == Outcome::Running);
    LevelOptions challenge = older;
    challenge.challenge = true;
    auto timed = play(level, idle, 7, challenge);
    CHECK(timed->outcome() == Outcome::Lost);
    CHECK(timed->steps() == Approx(300 * 60).margin(2)); // the level file's five minutes
    CHECK(rules(*timed).crates().size() == 5);           // and a fifth crate
}

TEST_CASE("less motion keeps the deck calmer on the same crossings", "[journey]") {
    const LoadedLevel level = loadRealLevel("journey");
    const InputScript s = loadScript("journey_win.txt");
    float steepest[2] = {0.f, 0.f};
    for (bool less : {false, true}) {
        LevelOptions options = optionsFromScript(s.options);
        options.lessMotion = less;
        auto sim = startLevel(level, options, 7);
        ScriptPlayer player(s);
        while (!player.finished(sim->steps()) && sim->outcome() == Outcome::Running) {
            sim->step(player.frame(sim->steps(), sim->locator()));
            steepest[less] = std::max(steepest[less], std::abs(rules(*sim).deck().angleDegrees()));
        }
        CHECK(sim->outcome() == Outcome::Won);
    }
    CHECK(steepest[0] > 5.f);                // a big wave of 6–8's gentler sea
    CHECK(steepest[1] < 0.5f * steepest[0]); // the level file's lessMotion share
    CHECK(steepest[1] > 0.f);                // calmer, not still: the ship still sails
}

TEST_CASE("on the map the ghost hand shows one way, then the other when it comes back", "[journey][cue]") {
    const LoadedLevel level = loadRealLevel("journey");
    auto sim = startLevel(level, {}, 7);
    sim->step({});
    const PlacedCue first = sim->cue();
    REQUIRE(first.kind == GestureCue::Kind::Drag);
    for (int i = 0; i < CueTimer::kIdleSteps + 10; ++i)
        sim->step({});
    const PlacedCue second = sim->cue();
    REQUIRE(second.kind == GestureCue::Kind::Drag);
    CHECK(first.x == Approx(second.x)); // the parcel, both times
    // One to the plane's tile, one to the slow way's, either side of the parcel.
    CHECK((first.toX - first.x) * (second.toX - second.x) < 0.f);
}
