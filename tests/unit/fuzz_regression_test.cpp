// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, through the same functions the fuzzers call, every input that once
// crashed a loader (tests/data/fuzz/<target>/) and a few hostile files that
// every loader must survive (tests/data/fuzz/any/): empty, binary, deeply
// nested, cut in the middle of a UTF-8 character, absurd numbers.
#include "../fuzz/FuzzTargets.hpp"

#include "content/QuizLoader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

const fs::path kFuzzData = fs::path(MOBI_TEST_DATA_DIR) / "fuzz";

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> files;
    if (fs::is_directory(dir))
        for (const auto& e : fs::directory_iterator(dir))
            if (e.is_regular_file()) files.push_back(e.path());
    return files;
}

} // namespace

TEST_CASE("every loader survives the hostile files and its own past crashes") {
    const auto common = filesIn(kFuzzData / "any");
    REQUIRE(common.size() >= 5);
    for (const auto& [name, target] : mobi::fuzz::targets()) {
        auto files = filesIn(kFuzzData / name);
        files.insert(files.end(), common.begin(), common.end());
        for (const auto& file : files) {
            INFO(name << " on " << file.filename().string());
            CHECK(target(readAll(file)));
        }
    }
}

TEST_CASE("a slider with more steps than an int holds is refused with a message (fuzz find)") {
    // Once a crash: the step count was cast to int to be printed.
    mobi::ErrorList errors;
    mobi::loadQuiz(readAll(kFuzzData / "quiz" / "estimate_huge_steps.xml"), "q.xml", mobi::QuizCheckContext{},
                   errors);
    REQUIRE_FALSE(errors.empty());
    // 1e11 steps: the count is printed whole, not wrapped around.
    CHECK_THAT(
        errors.toString(),
        Catch::Contains(
            "<question id=\"gold_count\">: expected at most 1000 steps on the slider, found 100000000"));
}

TEST_CASE("a joint from a body to itself is refused with file:line (fuzz find)") {
    // Once a crash: Box2D asserts when both ends of a joint are the same body.
    const auto* info = mobi::findLevel("mine");
    REQUIRE(info);
    mobi::ErrorList errors;
    mobi::loadLevel(readAll(kFuzzData / "level" / "joint_to_itself.xml"), "l.xml",
                    {&info->params, nullptr, nullptr}, errors);
    CHECK_THAT(
        errors.toString(),
        Catch::Contains("l.xml:74: <revolute name=\"hinge\">: expected two different bodies in a and b, "
                        "found \"sieve\" twice"));
}
