// SPDX-License-Identifier: GPL-3.0-or-later
// The four tests every built level gets, without writing them: its file loads
// with every id and need checked; tests/scripts/<id>_win.txt wins it (seed 7);
// the same seed plays it the same, another seed differently; and it plays for
// each option of each of its choices. (The fifth, its render test, is
// tests/render/screenshots.sh, which shoots level:<id> for every built level.)
#include "LevelTestSupport.hpp"
#include "levels/ScriptAims.hpp"
#include "levels/rebirth/RebirthRules.hpp"

#include <cmath>
#include <fstream>

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

TEST_CASE("every level shows its gesture when play starts, then again only when the player is idle",
          "[levels][kit][cue]") {
    for (const LevelInfo& info : allLevels()) {
        if (!info.built) continue;
        DYNAMIC_SECTION(info.id) {
            const LoadedLevel level = loadRealLevel(info.id);
            auto sim = startLevel(level, {}, 7);
            sim->step({});
            const PlacedCue start = sim->cue();
            CHECK(start.kind != GestureCue::Kind::None);
            // On the thing to touch, on the screen under the top band.
            CHECK(start.x >= 0.f);
            CHECK(start.x <= level.data.worldWidth);
            CHECK(start.y >= 0.f);
            CHECK(start.y <= level.data.worldHeight * kPlayShare);
            // A player busy with the keys (no grab) for 5 s: the cue has said its piece.
            InputFrame busy;
            busy.axisX = 1;
            for (int i = 0; i < 5 * 60; ++i)
                sim->step(busy);
            CHECK(sim->cue().kind == GestureCue::Kind::None);
            // Then idle for longer than CueTimer::kIdleSteps: it comes back.
            for (int i = 0; i <= CueTimer::kIdleSteps; ++i)
                sim->step({});
            CHECK(sim->cue().kind != GestureCue::Kind::None);
        }
    }
}

TEST_CASE("La Renaissance's cue follows the task: a screw, then the cover, then the batteries",
          "[levels][cue]") {
    const LoadedLevel level = loadRealLevel("rebirth");
    const InputScript s = loadScript("rebirth_mouse.txt");
    auto sim = startLevel(level, optionsFromScript(s.options), 7);
    ScriptPlayer player(s);
    const auto& rules = dynamic_cast<const RebirthRules&>(sim->rules());
    sim->step({});
    float x = 0.f, y = 0.f;
    REQUIRE(sim->locate("bench.screw1", x, y));
    CHECK(sim->cue().kind == GestureCue::Kind::Hold);
    CHECK(sim->cue().x == x);
    while (rules.benchStep() != RebirthRules::BenchStep::LiftCover && sim->steps() < 2000)
        sim->step(player.frame(sim->steps(), sim->locator()));
    sim->step({}); // the button is up: nothing held
    REQUIRE(sim->locate("bench.cover", x, y));
    CHECK(sim->cue().kind == GestureCue::Kind::Drag);
    CHECK(sim->cue().x == x);
    while (rules.benchStep() != RebirthRules::BenchStep::OldBattery && sim->steps() < 2000)
        sim->step(player.frame(sim->steps(), sim->locator()));
    sim->step({});
    float binX = 0.f, binY = 0.f;
    REQUIRE(sim->locate("bench.bin", binX, binY));
    CHECK(sim->cue().kind == GestureCue::Kind::Drag);
    CHECK(sim->cue().toX == binX);
}

namespace {

// The width or height of a body's shapes, whichever is larger, in metres.
float extentOf(const BodyData& b) {
    float lo = 1e9f, hi = -1e9f, bottom = 1e9f, top = -1e9f;
    auto add = [&](float x, float y) {
        lo = std::min(lo, x), hi = std::max(hi, x), bottom = std::min(bottom, y), top = std::max(top, y);
    };
    for (const ShapeData& s : b.shapes) {
        if (s.kind == ShapeData::Kind::Circle) {
            add(s.x - s.radius, s.y - s.radius);
            add(s.x + s.radius, s.y + s.radius);
        } else if (s.kind == ShapeData::Kind::Box) {
            const float r = std::max(s.w, s.h) / 2.f; // any angle
            add(s.x - r, s.y - r);
            add(s.x + r, s.y + r);
        } else {
            for (const Vec2f& p : s.points)
                add(s.x + p.x, s.y + p.y);
        }
    }
    return std::max(hi - lo, top - bottom);
}

} // namespace

TEST_CASE("what a child grabs is 40 pixels across; small things that must stay small have a halo",
          "[levels][kit]") {
    for (const LevelInfo& info : allLevels()) {
        if (!info.built) continue;
        const LoadedLevel level = loadRealLevel(info.id);
        const float pixelsPerMetre = 1280.f / level.data.worldWidth;
        std::vector<BodyData> things = level.data.bodies;
        things.insert(things.end(), level.data.templates.begin(), level.data.templates.end());
        for (const BodyData& b : things) {
            if (b.type != BodyData::Type::Dynamic) continue;
            // Touched by the child: what the hand drags, and what is only there to be pressed or
            // held (a body made of sensors alone: a screw, the phone's cover).
            const bool touched = b.grabbable || std::all_of(b.shapes.begin(), b.shapes.end(),
                                                            [](const ShapeData& s) { return s.sensor; });
            if (!touched && b.style.empty()) continue;
            const float pixels = extentOf(b) * pixelsPerMetre;
            INFO(info.id << ": " << b.name << " (" << level.data.file << ":" << b.line << ") is " << pixels
                         << " px across");
            if (touched) {
                CHECK(pixels >= 40.f);
            } else if (pixels < 24.f) {
                const StyleData* style = level.data.style(b.style);
                REQUIRE(style);
                CHECK((style->halo & 0xFFu) != 0);
                CHECK(pixels + 2.f * style->haloWidth >= 24.f);
            }
        }
    }
}

TEST_CASE("every built level has a class version that asks no more than its 6–8 one, and wins its script",
          "[levels][kit]") {
    for (const LevelInfo& info : allLevels()) {
        if (!info.built) continue;
        DYNAMIC_SECTION(info.id) {
            const LoadedLevel level = loadRealLevel(info.id);
            const float minutes = level.data.classVersion.minutes;
            CHECK(minutes >= 1.f);
            CHECK(minutes <= 3.f);
            LevelOptions young, classVersion;
            classVersion.classVersion = true;
            const int youngGoal = info.goal(levelParams(level.data, info.params, {}), young).count;
            const int classGoal =
                info.goal(levelParams(level.data, info.params, {}, true), classVersion).count;
            CHECK(classGoal <= youngGoal);
            // Its own script where the class version plays differently, else the winning one.
            const bool ownScript =
                std::ifstream(std::string(MOBI_TEST_SCRIPTS_DIR) + "/" + info.id + "_class.txt").good();
            const InputScript s = loadScript(info.id + (ownScript ? "_class.txt" : "_win.txt"));
            LevelOptions options = optionsFromScript(s.options);
            options.classVersion = true;
            const auto run = play(level, s, 7, options);
            CHECK(run->outcome() == Outcome::Won);
            if (ownScript) { // written for the class version: it does not win the whole level
                LevelOptions whole = optionsFromScript(s.options);
                whole.classVersion = false;
                CHECK(play(level, s, 7, whole)->outcome() != Outcome::Won);
            }
        }
    }
}
