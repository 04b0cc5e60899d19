// SPDX-License-Identifier: GPL-3.0-or-later
// The level framework's strict loading: a valid file loads, and each kind of
// mistake gives one error naming the file, the line, what was expected and
// what was found. The broken files are in tests/data/levels/.
#include "content/LevelLoader.hpp"
#include "core/InputScript.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace mobi;

namespace {
const std::string kDir = std::string(MOBI_TEST_DATA_DIR) + "/levels/";
const std::vector<ParamSpec> kSpecs = {{"speed", 1.f, 0.f, 10.f, "m/s"}};

struct Fixture {
    ErrorList setup;
    FactBook facts = loadFactsFile(kDir + "facts.xml", setup);
    StringTable strings = loadStringTableFile(kDir + "strings.xml", setup);
    LevelCheckContext check{&kSpecs, &facts, &strings};

    ErrorList load(const std::string& file) {
        REQUIRE(setup.empty());
        ErrorList errors;
        loadLevelFile(kDir + file, check, errors);
        return errors;
    }
};

// Exactly one error, at `line` of `file`, containing `text`.
void expectOneError(const std::string& file, int line, const std::string& text) {
    Fixture f;
    const ErrorList errors = f.load(file);
    INFO(errors.toString());
    REQUIRE(errors.size() == 1);
    CHECK(errors.all()[0].file == kDir + file);
    CHECK(errors.all()[0].line == line);
    CHECK(errors.all()[0].message.find(text) != std::string::npos);
}
} // namespace

TEST_CASE("a valid level loads with its world, params and texts", "[levels][loader]") {
    Fixture f;
    ErrorList errors;
    LevelData level = loadLevelFile(kDir + "minimal.xml", f.check, errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    CHECK(level.id == "test");
    CHECK(level.panelMessageIds.size() == 3);
    REQUIRE(level.bodies.size() == 2);
    CHECK(level.body("box")->grabbable);
    CHECK(level.body("box")->type == BodyData::Type::Dynamic);
    REQUIRE(level.joints.size() == 1);
    CHECK(level.params.at("speed") == 2.f);
    CHECK(levelParams(level, kSpecs, {}).get("speed") == 2.f);
}

TEST_CASE("an unknown element is named with its line", "[levels][loader]") {
    expectOneError("unknown_element.xml", 18, "unknown element <bodyy>");
}

TEST_CASE("an unknown attribute is named with its line", "[levels][loader]") {
    expectOneError("unknown_attribute.xml", 19, "unknown attribute \"frition\"");
}

TEST_CASE("an option's picture the game cannot draw is refused with the ones it can", "[levels][loader]") {
    expectOneError("unknown_picture.xml", 13, "<option picture>: expected one of glue, screws");
}

TEST_CASE("a bad number says what was expected and found", "[levels][loader]") {
    expectOneError("bad_number.xml", 18, "attribute \"x\": expected a number, found \"three\"");
}

TEST_CASE("a parameter outside its declared range is refused", "[levels][loader]") {
    expectOneError("param_out_of_range.xml", 12, "expected a number from 0 to 10, found 99");
}

TEST_CASE("a parameter the level does not declare is refused", "[levels][loader]") {
    expectOneError("unknown_param.xml", 12, "expected a parameter of this level (speed), found \"sped\"");
}

TEST_CASE("a fact id missing from facts.xml is refused", "[levels][loader]") {
    expectOneError("dangling_fact.xml", 10, "expected a fact id of levels/facts.xml, found \"Z9\"");
}

TEST_CASE("an unverified fact is never shown", "[levels][loader]") {
    expectOneError("unverified_fact.xml", 10, "expected a verified fact, found \"F3\", tagged U");
}

TEST_CASE("a string id missing from the reference table is refused", "[levels][loader]") {
    expectOneError("dangling_string.xml", 6, "expected a string id of locale/fr.xml, found \"t.nowhere\"");
}

TEST_CASE("a joint to a body that does not exist is refused", "[levels][loader]") {
    expectOneError("dangling_body.xml", 21, "expected a body of this level, found \"bx\"");
}

TEST_CASE("a level that is not well-formed XML names the line", "[levels][loader]") {
    Fixture f;
    const ErrorList errors = f.load("not_xml.xml");
    REQUIRE(errors.size() == 1);
    CHECK(errors.all()[0].line > 0);
    CHECK(errors.all()[0].message.find("well-formed XML") != std::string::npos);
}

TEST_CASE("input scripts are parsed, and their mistakes named by line", "[levels][script]") {
    ErrorList errors;
    InputScript s = InputScript::parse("option mine urban\n# note\n10 press right\n20 release right\n"
                                       "30 pointer 1.5 2\n31 down\n40 up\n50 tap action\n60 cycle\n90 end\n",
                                       "ok.txt", errors);
    REQUIRE(errors.empty());
    CHECK(s.options.at("mine") == "urban");
    CHECK(s.endStep == 90);
    ScriptPlayer player(s);
    CHECK(player.frame(0).axisX == 0);
    CHECK(player.frame(10).axisX == 1);
    CHECK(player.frame(25).axisX == 0);
    InputFrame pointer = player.frame(31);
    CHECK(pointer.pointerValid);
    CHECK(pointer.pointerDown);
    CHECK(pointer.pointerX == 1.5f);
    CHECK_FALSE(player.frame(40).pointerDown);
    InputFrame tap = player.frame(50);
    CHECK(tap.action);
    CHECK(tap.actionPressed);
    CHECK_FALSE(player.frame(51).action);
    CHECK(player.frame(60).cyclePressed);
    CHECK_FALSE(player.frame(61).cyclePressed);

    ErrorList bad;
    InputScript::parse("10 press right\n5 release right\n20 jump\n30 pointer x 1\n40 option a b\n", "bad.txt",
                       bad);
    const std::string all = bad.toString();
    CHECK(all.find("bad.txt:2: expected steps in order") != std::string::npos);
    CHECK(all.find("bad.txt:3:") != std::string::npos);
    CHECK(all.find("bad.txt:4:") != std::string::npos);
    CHECK(all.find("bad.txt:5:") != std::string::npos);
}

TEST_CASE("a class version's values are set over the level's only when asked", "[levels][loader]") {
    Fixture f;
    ErrorList errors;
    const LevelData level = loadLevelFile(kDir + "class_version.xml", f.check, errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    CHECK(level.classVersion.minutes == 2.f);
    CHECK(levelParams(level, kSpecs, {}).get("speed") == 2.f);
    CHECK(levelParams(level, kSpecs, {}, true).get("speed") == 0.5f);
}

TEST_CASE("a class version's mistakes are named with their line", "[levels][loader]") {
    expectOneError("class_unknown_param.xml", 16,
                   "expected a parameter of this level (speed), found \"sped\"");
    expectOneError("class_too_long.xml", 14, "attribute \"minutes\"");
}
