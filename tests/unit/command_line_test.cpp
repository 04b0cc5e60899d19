// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

static ParsedCommandLine parse(std::vector<std::string> args) { return parseCommandLine(args); }

TEST_CASE("no arguments means play", "[cli]") {
    auto r = parse({});
    CHECK(r.error.empty());
    CHECK(r.options.mode == RunMode::Play);
}

TEST_CASE("settings flags are read", "[cli]") {
    auto r =
        parse({"--lang", "en", "--fullscreen", "--class", "--kiosk", "--low-detail", "--mute", "--data-dir",
               "/d", "--user-dir", "/u", "--text-size", "-1", "--font", "opendyslexic", "--uppercase"});
    REQUIRE(r.error.empty());
    const Options& o = r.options;
    CHECK(*o.language == "en");
    CHECK(*o.fullscreen);
    CHECK(o.classMode);
    CHECK(o.kiosk);
    CHECK(*o.lowDetail);
    CHECK(o.mute);
    CHECK(o.dataDir == "/d");
    CHECK(o.userDir == "/u");
    CHECK(*o.textSize == -1);
    CHECK(*o.font == "opendyslexic");
    CHECK(*o.uppercase);
    CHECK(*parse({"--code-set", "B"}).options.codeSet == "B");
    CHECK(*parse({"--class-session", "full"}).options.classSession == "full");
    CHECK(*parse({"--read-aloud", "off"}).options.readAloud == "off");
    CHECK(*parse({"--voice-volume", "40"}).options.voiceVolume == 40);
    CHECK(parse({"--voice-data", "/opt/voices"}).options.voiceData == "/opt/voices");
    CHECK(parse({"--read-aloud", "sometimes"}).error.find("auto, on or off") != std::string::npos);
    CHECK(parse({"--voice-volume", "120"}).error.find("0 to 100") != std::string::npos);
    CHECK(parse({"--class-session", "long"}).error.find("expects short or full") != std::string::npos);
    CHECK_FALSE(*parse({"--fullscreen", "--windowed"}).options.fullscreen);
}

TEST_CASE("screenshot takes a scene, a file and optional steps", "[cli]") {
    auto r = parse({"--screenshot", "level:mine", "out.png", "--steps", "600"});
    REQUIRE(r.error.empty());
    CHECK(r.options.mode == RunMode::Screenshot);
    CHECK(r.options.screenshotScene == "level:mine");
    CHECK(r.options.screenshotPath == "out.png");
    CHECK(*r.options.steps == 600);
    CHECK_FALSE(parse({"--screenshot", "menu"}).error.empty());
    CHECK_FALSE(parse({"--screenshot"}).error.empty());
}

TEST_CASE("headless needs a level and reads input and seed", "[cli]") {
    auto r = parse({"--headless", "--level", "mine", "--input", "s.txt", "--seed", "7", "--steps", "100"});
    REQUIRE(r.error.empty());
    CHECK(r.options.mode == RunMode::Headless);
    CHECK(r.options.level == "mine");
    CHECK(r.options.inputScript == "s.txt");
    CHECK(r.options.seed == 7);
    CHECK(*r.options.steps == 100);
    CHECK_FALSE(parse({"--headless"}).error.empty());
    CHECK_FALSE(parse({"--level", "mine"}).error.empty());
    CHECK_FALSE(parse({"--input", "s.txt"}).error.empty());
    CHECK(parse({"--screenshot", "level:mine", "a.png", "--input", "s.txt"}).error.empty());
}

TEST_CASE("bad command lines give a message naming the problem", "[cli]") {
    auto unknown = parse({"--frobnicate"});
    CHECK(unknown.error.find("--frobnicate") != std::string::npos);
    CHECK(parse({"--steps", "ten", "--screenshot", "menu", "a.png"}).error.find("ten") != std::string::npos);
    CHECK_FALSE(parse({"--seed", "-3", "--headless", "--level", "mine"}).error.empty());
    CHECK_FALSE(parse({"--text-size", "9"}).error.empty());
    CHECK_FALSE(parse({"--font", "comic"}).error.empty());
    CHECK_FALSE(parse({"--lang"}).error.empty());
    CHECK_FALSE(parse({"--lang", "--mute"}).error.empty());
    CHECK_FALSE(parse({"--check-data", "--list-scenes"}).error.empty());
    CHECK_FALSE(parse({"--steps", "5"}).error.empty());
    CHECK_FALSE(parse({"--start", "menu", "--check-data"}).error.empty());
}

TEST_CASE("actions are recognised", "[cli]") {
    CHECK(parse({"--help"}).options.mode == RunMode::Help);
    CHECK(parse({"--version"}).options.mode == RunMode::Version);
    CHECK(parse({"--list-scenes"}).options.mode == RunMode::ListScenes);
    CHECK(parse({"--check-data"}).options.mode == RunMode::CheckData);
    CHECK(parse({"--start", "level:drawer"}).options.startScene == "level:drawer");
    auto guide = parse({"--export-guide", "out", "--lang", "en"});
    CHECK(guide.options.mode == RunMode::ExportGuide);
    CHECK(guide.options.guideDir == "out");
    CHECK_FALSE(parse({"--export-guide"}).error.empty());
    auto bench = parse({"--bench", "level:mine", "10", "--uncapped", "--input", "s.txt"});
    REQUIRE(bench.error.empty());
    CHECK(bench.options.benchSeconds == 10.0);
    CHECK(bench.options.uncapped);
    CHECK_FALSE(parse({"--bench", "menu", "0"}).error.empty());
    CHECK_FALSE(parse({"--uncapped"}).error.empty());
    auto monkey = parse({"--monkey", "42", "60"});
    REQUIRE(monkey.error.empty());
    CHECK(monkey.options.monkeySeed == 42);
    CHECK(monkey.options.benchSeconds == 60.0);
    CHECK_FALSE(parse({"--monkey", "42"}).error.empty());
}

TEST_CASE("help lists every flag of the architecture table", "[cli]") {
    const std::string help = commandLineHelp();
    for (const char* flag : {"--lang",       "--fullscreen",  "--windowed",   "--class",    "--kiosk",
                             "--low-detail", "--mute",        "--data-dir",   "--user-dir", "--start",
                             "--check-data", "--list-scenes", "--screenshot", "--steps",    "--headless",
                             "--level",      "--input",       "--seed",       "--version",  "--help"}) {
        INFO(flag);
        CHECK(help.find(flag) != std::string::npos);
    }
}

TEST_CASE("soak: a level replayed headless for minutes of game time", "[cli]") {
    const auto ok = parse({"--headless", "--level", "mine", "--soak", "60"});
    REQUIRE(ok.error.empty());
    CHECK(ok.options.soakMinutes == 60);
    CHECK(parse({"--soak", "60"}).error == "--soak only works with --headless");
    CHECK_THAT(parse({"--headless", "--level", "mine", "--soak", "0"}).error,
               Catch::Contains("from 1 to 1440"));
    CHECK_THAT(parse({"--headless", "--level", "mine", "--soak", "5", "--steps", "9"}).error,
               Catch::Contains("cannot be used together"));
}

TEST_CASE("the fps option takes 30 or 60", "[cli]") {
    CHECK(parse({"--fps", "30"}).options.fps == std::optional<int>(30));
    CHECK(parse({"--fps", "60"}).options.fps == std::optional<int>(60));
    CHECK_THAT(parse({"--fps", "45"}).error, Catch::Contains("--fps expects 30 or 60"));
    CHECK_FALSE(parse({}).options.fps);
}

TEST_CASE("events replay and record only when playing, never both", "[cli]") {
    const auto replay = parse({"--start", "intro:mine", "--events", "run.events", "--seed", "7"});
    REQUIRE(replay.error.empty());
    CHECK(replay.options.mode == RunMode::Play);
    CHECK(replay.options.eventsFile == "run.events");
    CHECK(parse({"--record", "me.events"}).options.recordFile == "me.events");
    CHECK_THAT(parse({"--headless", "--level", "mine", "--events", "a"}).error,
               Catch::Contains("only works when playing"));
    CHECK_THAT(parse({"--screenshot", "menu", "a.png", "--record", "a"}).error,
               Catch::Contains("only works when playing"));
    CHECK_THAT(parse({"--events", "a", "--record", "b"}).error, Catch::Contains("cannot be used together"));
    CHECK_FALSE(parse({"--events"}).error.empty());
    CHECK(commandLineHelp().find("--events FILE") != std::string::npos);
    CHECK(commandLineHelp().find("--record FILE") != std::string::npos);
}
