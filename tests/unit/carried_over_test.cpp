// SPDX-License-Identifier: GPL-3.0-or-later
// What a level hands to later ones through the profile: a kept choice made in
// one level changes how a later level plays, and the footprint jar adds up
// level by level, from a profile saved to text and read back as the game does.
#include "LevelTestSupport.hpp"
#include "levels/CarriedOver.hpp"
#include "save/ProfilesXml.hpp"

#include <catch2/catch.hpp>

using namespace mobi;
using namespace mobi::testing;

namespace {

// L'Usine's data as far as the profile cares (the level itself is not built
// yet): its number and its kept choice.
LevelData factoryLike() {
    LevelData d;
    d.id = "factory";
    d.number = 2;
    LevelChoice assembly;
    assembly.name = "assembly";
    assembly.keep = true;
    assembly.options = {{"glue", "", "", "", "", {}, 0}, {"screws", "", "", "", "", {}, 0}};
    LevelChoice belt; // a choice only for this level: not kept
    belt.name = "belt";
    belt.options = {{"slow", "", "", "", "", {}, 0}, {"fast", "", "", "", "", {}, 0}};
    d.choices = {assembly, belt};
    return d;
}

// The profile after winning L'Usine with `assembly`, saved and read back.
Profile afterFactory(const std::string& assembly) {
    Profile p;
    p.name = "Léa";
    LevelOptions won;
    won.choices = {{"assembly", assembly}, {"belt", "fast"}};
    keepFromWin(factoryLike(), won, 0.75f, p);
    return savedAndReadBack(p);
}

bool screwsOnTheBench(const LevelSim& sim) {
    int enabled = 0;
    for (int i = 1; i <= 4; ++i)
        if (const b2Body* screw = sim.world().body("bench.screw" + std::to_string(i)))
            enabled += screw->IsEnabled() ? 1 : 0;
    return enabled == 4;
}

} // namespace

TEST_CASE("a kept choice is saved, and La Renaissance plays the phone L'Usine made", "[levels][profile]") {
    const LoadedLevel rebirth = loadRealLevel("rebirth");
    for (const std::string assembly : {"glue", "screws"}) {
        DYNAMIC_SECTION(assembly) {
            const Profile p = afterFactory(assembly);
            CHECK(p.choices == std::map<std::string, std::string>{{"assembly", assembly}}); // not "belt"
            LevelOptions options;
            carryInto(rebirth.data, p, options);
            CHECK(options.choices.at("assembly") == assembly);
            auto sim = startLevel(rebirth, options, 7);
            // A glued phone has no screws: the heat gun opens it instead.
            CHECK(screwsOnTheBench(*sim) == (assembly == "screws"));
        }
    }
}

TEST_CASE("without a kept choice (a new player, an old save) a level takes its default",
          "[levels][profile]") {
    const LoadedLevel rebirth = loadRealLevel("rebirth");
    Profile fresh;
    fresh.choices["assembly"] = "staples"; // a value La Renaissance does not know
    LevelOptions options;
    carryInto(rebirth.data, fresh, options);
    CHECK(options.choices.count("assembly") == 0);
    auto sim = startLevel(rebirth, options, 7);
    CHECK(sim->options().choices.at("assembly") == "screws"); // the <uses> default
    CHECK(screwsOnTheBench(*sim));
}

TEST_CASE("the footprint jar adds what each earlier level put in, once per level", "[levels][profile]") {
    Profile p = afterFactory("glue");
    CHECK(footprintBefore(p, 3) == Approx(0.75f));
    CHECK(footprintBefore(p, 2) == Approx(0.f)); // L'Usine itself starts from an empty jar
    // Winning L'Usine again replaces its share instead of adding a second one.
    LevelOptions again;
    again.choices = {{"assembly", "screws"}};
    keepFromWin(factoryLike(), again, 0.7f, p);
    CHECK(footprintBefore(p, 3) == Approx(0.70f));
    CHECK(p.choices.at("assembly") == "screws"); // the last win's choice
    p.levels["journey"].footprintPercent = 10;
    p.levels["from-a-newer-game"].footprintPercent = 50; // not placeable in order: left out
    CHECK(footprintBefore(p, 4) == Approx(0.80f));
    CHECK(footprintBefore(p, 0) == Approx(0.80f));
    LevelOptions pocket;
    LevelData pocketData;
    pocketData.id = "pocket";
    pocketData.number = 4;
    carryInto(pocketData, p, pocket);
    CHECK(pocket.footprintBefore == Approx(0.80f));
}
