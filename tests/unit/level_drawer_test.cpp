// SPDX-License-Identifier: GPL-3.0-or-later
// Le Tiroir: what the kit's four tests do not say. A phone in the drawer comes
// out only with a real tug; each goes to its right place, and the wrong places
// (the household bin, the boat, the floor) bring it back to be thrown again;
// the arc shown is the throw's path; the keyboard alone aims and throws; two
// thirds of the drawer's phones still work (F2), whatever the seed; nothing
// fails for 6–8, the challenge's clock does.
#include "LevelTestSupport.hpp"
#include "core/FixedStep.hpp"
#include "levels/drawer/DrawerRules.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <set>

using namespace mobi;
using namespace mobi::testing;
using Place = DrawerRules::Place;
using Phase = DrawerRules::Phase;

namespace {

const DrawerRules& rules(const LevelSim& sim) { return static_cast<const DrawerRules&>(sim.rules()); }

// Plays `s` to its end (or to the level's end), calling `each` after every step.
std::unique_ptr<LevelSim> run(const LoadedLevel& level, const InputScript& s, std::uint32_t seed,
                              const std::function<void(const LevelSim&)>& each = {}) {
    auto sim = startLevel(level, optionsFromScript(s.options), seed);
    ScriptPlayer player(s);
    while (!player.finished(sim->steps()) && sim->outcome() == Outcome::Running) {
        sim->step(player.frame(sim->steps(), sim->locator()));
        if (each) each(*sim);
    }
    return sim;
}

// Phone 1 pressed with the mouse, pulled to (x, y), held `steps`, let go.
std::string tug(int from, float x, float y, int steps) {
    return std::to_string(from) + " pointer @phone1\n" + std::to_string(from + 2) + " down\n" +
           std::to_string(from + 4) + " pointer " + std::to_string(x) + " " + std::to_string(y) + "\n" +
           std::to_string(from + 4 + steps) + " up\n";
}

} // namespace

TEST_CASE("a phone in the drawer comes out only when tugged well up and held", "[drawer]") {
    const LoadedLevel level = loadRealLevel("drawer");
    const b2Vec2 home = rules(*startLevel(level, LevelOptions{}, 7)).homeOf(0);
    struct Try {
        const char* what;
        float dx, dy;
        int steps;
        bool out;
    };
    const Try tries[] = {{"a little way up, held long", 0.f, 0.8f, 120, false},
                         {"far to the side, held long", 3.f, 0.f, 120, false},
                         {"far down, held long", 0.f, -3.f, 120, false},
                         {"well up, let go at once", 0.f, 1.8f, 8, false},
                         {"well up and held", 0.f, 1.8f, 40, true}};
    for (const Try& t : tries) {
        INFO(t.what);
        const InputScript s =
            parseScript("option age young\n" + tug(20, home.x + t.dx, home.y + t.dy, t.steps) + "400 end\n");
        float mostLean = 0.f;
        auto sim = run(level, s, 7, [&](const LevelSim& sm) {
            const b2Vec2 at = sm.world().body("phone1")->GetPosition();
            if (rules(sm).inDrawerNow(0)) mostLean = std::max(mostLean, (at - home).Length());
        });
        const DrawerRules& r = rules(*sim);
        CHECK(r.inDrawer() == (t.out ? 5 : 6));
        CHECK((r.current() == 0) == t.out);
        CHECK((r.phase() == Phase::Loaded) == t.out); // out, it waits in the slingshot
        // Held, it leans towards the hand, but no further than a wedged phone can.
        CHECK(mostLean > 0.1f);
        CHECK(mostLean < 0.45f);
        if (!t.out) CHECK((sim->world().body("phone1")->GetPosition() - home).Length() < 0.01f);
    }
}

TEST_CASE("each phone goes to its place; the bin, the boat and the floor bring it back", "[drawer]") {
    const LoadedLevel level = loadRealLevel("drawer");
    const InputScript s = loadScript("drawer_detours.txt");
    bool sawTracker = false, phoneAwayWhileSailing = true, binWord = false, boatWord = false;
    int lastCurrent = -1, returns = 0;
    Phase last = Phase::Drawer;
    auto sim = run(level, s, 7, [&](const LevelSim& sm) {
        const DrawerRules& r = rules(sm);
        if (r.phase() == Phase::Voyage) {
            sawTracker = sawTracker || r.voyage() > 0.5f;
            phoneAwayWhileSailing = phoneAwayWhileSailing && !sm.world().body("phone1")->IsEnabled();
            boatWord = boatWord || sm.hint() == "hint.drawer.boat";
        }
        binWord = binWord || sm.hint() == "hint.drawer.bin";
        if (r.phase() == Phase::Returning && last != Phase::Returning) ++returns;
        if (r.current() >= 0) lastCurrent = r.current();
        last = r.phase();
    });
    const DrawerRules& r = rules(*sim);
    CHECK(sim->outcome() == Outcome::Won);
    CHECK(r.placed() == 6);
    CHECK(r.inDrawer() == 0);
    CHECK(r.placedIn(Place::Give) == 2);
    CHECK(r.placedIn(Place::Repair) == 2);
    CHECK(r.placedIn(Place::Collect) == 2);
    CHECK(r.placedIn(Place::Trash) == 0);
    CHECK(r.placedIn(Place::Boat) == 0);
    CHECK(r.tripsTo(Place::Boat) == 1);
    CHECK(r.tripsTo(Place::Trash) == 1);
    CHECK(r.misses() == 1);
    CHECK(returns == 3); // from the boat, from the bin, from the floor
    CHECK(sawTracker);
    CHECK(phoneAwayWhileSailing);
    CHECK(boatWord);
    CHECK(binWord);
    CHECK(lastCurrent == 5);
    // Each placed phone is in the place its state asks for, and gone from the floor.
    for (int i = 0; i < r.phones(); ++i) {
        CHECK(r.placedNow(i));
        CHECK(!sim->world().body("phone" + std::to_string(i + 1))->IsEnabled());
    }
}

TEST_CASE("a phone in the wrong good place comes back too", "[drawer]") {
    // Seed 7's drawer starts with a working phone: thrown at the collection box, it comes back.
    const LoadedLevel level = loadRealLevel("drawer");
    const InputScript s = parseScript("option age young\n" + tug(20, 0.95f, 8.4f, 34) +
                                      "140 pointer @sling.rest\n142 down\n150 pointer 10.625 5.025\n170 up\n"
                                      "600 end\n");
    auto sim = run(level, s, 7);
    const DrawerRules& r = rules(*sim);
    REQUIRE(r.stateOf(0) == DrawerRules::State::Works);
    CHECK(r.tripsTo(Place::Collect) == 1);
    CHECK(r.placedIn(Place::Collect) == 0);
    CHECK(r.placed() == 0);
    CHECK(r.current() == 0);
    CHECK(r.phase() == Phase::Loaded);
    CHECK(sim->hint() == "hint.drawer.works"); // what it is, and so where it goes
}

TEST_CASE("the arc the slingshot shows is the path the phone flies", "[drawer][slingshot]") {
    const LoadedLevel level = loadRealLevel("drawer");
    // Pulled back and held still, then let go: the arc just before is compared with the flight.
    const InputScript s = parseScript("option age young\n" + tug(20, 0.95f, 8.4f, 34) +
                                      "140 pointer @sling.rest\n142 down\n150 pointer 10.85 5.25\n200 up\n"
                                      "400 end\n");
    std::vector<b2Vec2> arc, flight;
    auto sim = run(level, s, 7, [&](const LevelSim& sm) {
        const DrawerRules& r = rules(sm);
        if (sm.steps() == 199) arc = r.sling().preview(12, 1, 3.5f);
        if (r.phase() == Phase::Flying && flight.size() < arc.size())
            flight.push_back(sm.world().body("phone1")->GetPosition());
    });
    REQUIRE(arc.size() >= 10);
    REQUIRE(flight.size() == arc.size());
    for (std::size_t i = 0; i < arc.size(); ++i) {
        INFO("step " << i);
        CHECK((flight[i] - arc[i]).Length() < 0.01f);
    }
    CHECK(rules(*sim).tripsTo(Place::Repair) == 1); // where the arc pointed
}

TEST_CASE("the slingshot: a small pull throws nothing, the keys aim and Space held pulls harder",
          "[drawer][slingshot]") {
    Slingshot sling({{12.f, 6.4f}, 2.4f, 13.f, 1.4f, 1.6f, 0.12f, -9.8f});
    b2Vec2 v;
    InputFrame in;
    // The mouse: pressed on the pouch, dragged a little, let go: nothing.
    in.pointerValid = in.pointerDown = true;
    in.pointerX = 12.f;
    in.pointerY = 6.4f;
    CHECK(!sling.step(in, true, v));
    in.pointerX = 11.9f;
    CHECK(!sling.step(in, true, v));
    CHECK(sling.pulling());
    in.pointerDown = false;
    CHECK(!sling.step(in, true, v));
    CHECK(!sling.pulling());
    // Dragged far: no further than the band allows; let go, thrown the other way at full speed.
    in.pointerDown = true;
    in.pointerX = 12.f;
    CHECK(!sling.step(in, true, v));
    in.pointerX = 2.f;
    in.pointerY = 6.4f;
    CHECK(!sling.step(in, true, v));
    CHECK(sling.strength() == Approx(1.f));
    CHECK(sling.pouch().x == Approx(12.f - 2.4f));
    in.pointerDown = false;
    REQUIRE(sling.step(in, true, v));
    CHECK(v.x == Approx(13.f));
    CHECK(v.y == Approx(0.f).margin(1e-4));
    // The keyboard: ↑ for a second raises the aim; Space held half the charge time throws at half speed.
    InputFrame key;
    const float before = sling.aimAngle();
    key.axisY = 1;
    for (int i = 0; i < 60; ++i)
        CHECK(!sling.step(key, true, v));
    CHECK(sling.aimAngle() > before + 0.5f);
    const float angle = sling.aimAngle();
    key.axisY = 0;
    key.action = key.actionPressed = true;
    CHECK(!sling.step(key, true, v));
    key.actionPressed = false;
    for (int i = 1; i < 48; ++i)
        CHECK(!sling.step(key, true, v));
    CHECK(sling.strength() == Approx(0.5f).margin(0.01f));
    key.action = false;
    REQUIRE(sling.step(key, true, v));
    CHECK(v.Length() == Approx(6.5f).margin(0.1f));
    CHECK(std::atan2(v.y, v.x) == Approx(angle).margin(0.001f));
    // When the level keeps the keys for the hand, the slingshot ignores them.
    key.action = key.actionPressed = true;
    CHECK(!sling.step(key, false, v));
    CHECK(!sling.pulling());
}

TEST_CASE("the keyboard alone empties the drawer into the right places", "[drawer]") {
    const LoadedLevel level = loadRealLevel("drawer");
    auto sim = run(level, loadScript("drawer_keys.txt"), 7);
    const DrawerRules& r = rules(*sim);
    CHECK(sim->outcome() == Outcome::Won);
    CHECK(r.placedIn(Place::Give) == 2);
    CHECK(r.placedIn(Place::Repair) == 2);
    CHECK(r.placedIn(Place::Collect) == 2);
    CHECK(r.misses() == 0);
}

TEST_CASE("9–12 empty a drawer of nine", "[drawer]") {
    const LoadedLevel level = loadRealLevel("drawer");
    auto sim = run(level, loadScript("drawer_older.txt"), 7);
    const DrawerRules& r = rules(*sim);
    CHECK(sim->outcome() == Outcome::Won);
    CHECK(r.phones() == 9);
    CHECK(r.placedIn(Place::Give) == 4);
    CHECK(r.placedIn(Place::Repair) == 2);
    CHECK(r.placedIn(Place::Collect) == 3);
}

TEST_CASE("two thirds of the drawer's phones still work, whatever the seed (F2)", "[drawer]") {
    const LoadedLevel level = loadRealLevel("drawer");
    std::set<std::string> orders;
    for (bool young : {true, false})
        for (std::uint32_t seed = 1; seed <= 20; ++seed) {
            LevelOptions o;
            o.young = young;
            auto sim = startLevel(level, o, seed);
            const DrawerRules& r = rules(*sim);
            int working = 0, dead = 0, cracked = 0, worn = 0;
            std::string order;
            for (int i = 0; i < r.phones(); ++i) {
                const DrawerRules::State st = r.stateOf(i);
                working += st != DrawerRules::State::Dead;
                dead += st == DrawerRules::State::Dead;
                cracked += st == DrawerRules::State::Cracked;
                worn += st == DrawerRules::State::WornBattery;
                order += static_cast<char>('0' + static_cast<int>(st));
            }
            orders.insert(order);
            CHECK(r.phones() == (young ? 6 : 9));
            CHECK(3 * working == 2 * r.phones());
            CHECK(cracked == 1);
            CHECK(worn == 1);
            CHECK(dead == r.phones() / 3);
        }
    CHECK(orders.size() > 10); // each play its own drawer
}

TEST_CASE("Le Tiroir: nothing fails for 6–8 left alone; the 9–12 challenge's clock ends it", "[drawer]") {
    const LoadedLevel level = loadRealLevel("drawer");
    auto young = run(level, parseScript("option age young\n36000 end\n"), 7);
    CHECK(young->outcome() == Outcome::Running);
    CHECK(rules(*young).inDrawer() == 6);
    LevelOptions challenge;
    challenge.young = false;
    challenge.challenge = true;
    auto older = startLevel(level, challenge, 7);
    while (older->outcome() == Outcome::Running && older->steps() < 36000)
        older->step({});
    CHECK(older->outcome() == Outcome::Lost);
    CHECK(older->steps() == Approx(240 * 60).margin(2));
}
