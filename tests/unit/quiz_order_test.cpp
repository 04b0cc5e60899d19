// SPDX-License-Identifier: GPL-3.0-or-later
// Order questions that accept some items in either order, estimates whose
// sources give a range, and the shipped estimates checked against the figures
// ../shared/FACTS.md gives for their facts.
#include "content/Languages.hpp"
#include "content/QuizLoader.hpp"
#include "levels/LevelRegistry.hpp"
#include "quiz/QuizAnswerText.hpp"
#include "quiz/QuizRun.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace mobi;

namespace {
const std::string kDir = std::string(MOBI_TEST_DATA_DIR) + "/quizzes/";
const std::filesystem::path kSource = std::filesystem::u8path(MOBI_SOURCE_DIR);

Quiz load(const std::string& file, ErrorList& errors) {
    ErrorList setup;
    static const FactBook facts = loadFactsFile(std::string(MOBI_TEST_DATA_DIR) + "/levels/facts.xml", setup);
    return loadQuizFile(kDir + file, QuizCheckContext{&facts, nullptr}, errors);
}

// The positions the player taps so that the items come out in `order` (file indexes).
std::vector<int> tapsFor(const QuizItem& item, const std::vector<int>& order) {
    std::vector<int> taps;
    for (int wanted : order)
        for (std::size_t pos = 0; pos < item.shown.size(); ++pos)
            if (item.shown[pos] == wanted) taps.push_back(static_cast<int>(pos));
    return taps;
}
} // namespace

TEST_CASE("an order question accepts the items of an <either> in any order, and only them", "[quiz]") {
    ErrorList errors;
    const Quiz quiz = load("either.xml", errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    const QuizQuestion& fiver = quiz.questions[0];
    REQUIRE(fiver.items.size() == 4);
    CHECK(fiver.itemRank == std::vector<int>{0, 1, 1, 3});
    CHECK(fiver.acceptsOrder({0, 1, 2, 3}));
    CHECK(fiver.acceptsOrder({0, 2, 1, 3})); // the two interchangeable items swapped
    CHECK_FALSE(fiver.acceptsOrder({1, 0, 2, 3}));
    CHECK_FALSE(fiver.acceptsOrder({0, 1, 3, 2}));
    CHECK_FALSE(fiver.acceptsOrder({0, 1, 1, 3})); // an item twice
    CHECK_FALSE(fiver.acceptsOrder({0, 1, 2}));
    CHECK(fiver.eitherGroups() == std::vector<std::pair<int, int>>{{1, 2}});
    const QuizQuestion& route = quiz.questions[1];
    CHECK(route.acceptsOrder({2, 0, 1, 3}));
    CHECK_FALSE(route.acceptsOrder({3, 0, 1, 2}));
    CHECK(route.eitherGroups() == std::vector<std::pair<int, int>>{{0, 2}});

    // Scoring through a quiz run, and never shown in an order that would already be right.
    for (std::uint32_t seed = 0; seed < 40; ++seed) {
        QuizRun run = QuizRun::allOf(quiz, false, seed);
        const QuizItem& item = run.current();
        REQUIRE(item.question->id == "fiver");
        CHECK_FALSE(fiver.acceptsOrder(item.shown));
        CHECK(QuizRun(run).answerOrder(tapsFor(item, {0, 2, 1, 3})));
        CHECK_FALSE(QuizRun(run).answerOrder(tapsFor(item, {2, 0, 1, 3})));
        CHECK(run.answerOrder(tapsFor(item, {0, 1, 2, 3})));
    }
}

TEST_CASE("the right answer says which cards may swap, and gives an estimate's range", "[quiz]") {
    ErrorList errors;
    const Quiz quiz = load("either.xml", errors);
    REQUIRE(errors.empty());
    const Strings strings = loadStrings(kSource, "en", errors);
    REQUIRE(errors.empty());
    const std::string fiver = rightAnswerText(quiz.questions[0], strings);
    CHECK(fiver.find("Cards 2 and 3 may swap places") != std::string::npos);
    CHECK(rightAnswerText(quiz.questions[1], strings).find("Cards 1 to 3 may come in any order") !=
          std::string::npos);
    const QuizQuestion& carbon = quiz.questions[2];
    CHECK(carbon.answerIsRange());
    CHECK(carbon.answer == 60.f); // the middle, for a scripted right answer
    // q.unit is not in the real tables, so the amount shows the missing-id marker; the sentence is the range
    // one.
    CHECK(rightAnswerText(carbon, strings).find("Any answer in between is right") != std::string::npos);
}

TEST_CASE("mistakes in order groups and estimate ranges are named with file and line", "[quiz]") {
    auto expectError = [](const std::string& file, int line, const std::string& text) {
        ErrorList errors;
        load(file, errors);
        INFO(file << ": " << errors.toString());
        REQUIRE(errors.size() >= 1);
        bool found = false;
        for (const auto& e : errors.all())
            found |= e.line == line && e.message.find(text) != std::string::npos;
        CHECK(found);
    };
    expectError("either_all.xml", 4, "expected some items outside <either>");
    expectError("either_one.xml", 7, "<either>: expected 2 or more <item>");
    expectError("either_unknown.xml", 6, "rank");
    expectError("estimate_range_and_answer.xml", 4, "found both");
    expectError("estimate_range_and_answer.xml", 6, "expected min <= acceptMin <= answerMin < answerMax");
}

// The figures FACTS.md gives for each fact an estimate question rests on,
// with their unit. Where sources disagree (FACTS.md, "Where sources disagree")
// every source's figure is listed: the accepted answers must take them all in.
struct SourceFigures {
    std::string unit;
    std::vector<float> figures;
};

const std::map<std::string, SourceFigures>& factsFigures() {
    static const std::map<std::string, SourceFigures> table = {
        // Raw material per phone: 01net ~35 kg (per 100 g of phone), ADEME–FNE ~70 kg, a refurbisher ~80 kg,
        // ADEME ~200 kg.
        {"E4", {"quiz.unit.kg", {35.f, 70.f, 80.f, 200.f}}},
        {"E8", {"quiz.unit.percent", {70.f}}}, // world tantalum from Africa, 2020 (USGS)
        // Carbon per new phone: EcoInfo ~30 kg, Apple's reports ~77 kg, figures attributed to ADEME 80–90 kg.
        {"M4", {"quiz.unit.kg", {30.f, 77.f, 80.f, 90.f}}},
        {"T1", {"quiz.unit.times", {4.f}}},    // four times round the world
        {"T3", {"quiz.unit.percent", {87.f}}}, // plane to train: -87 %
        {"U1", {"quiz.unit.percent", {60.f}}}, // online video, share of world data traffic
        // Collection rate: ADEME ~5 %, CREDOC 14 %, the Senate ~15 %.
        {"F5", {"quiz.unit.percent", {5.f, 14.f, 15.f}}},
        {"F1", {"quiz.unit.percent", {15.f}}},
        {"R2", {"quiz.unit.times", {8.f}}},      // refurbished: up to 8 times better
        {"R9", {"quiz.unit.phones", {50000.f}}}, // 50,000 phones for 1 kg of gold
    };
    return table;
}

TEST_CASE("every estimate accepts every figure FACTS.md gives for its fact, and judges fairly on both sides",
          "[quiz][facts]") {
    ErrorList errors;
    const FactBook facts = loadFactsFile((kSource / "levels" / "facts.xml").u8string(), errors);
    const StringTable fr = loadStringTableFile((kSource / "locale" / "fr.xml").u8string(), errors);
    REQUIRE(errors.empty());
    int estimates = 0;
    for (const auto& level : allLevels()) {
        const Quiz quiz =
            loadQuizFile(quizFile(kSource, level.number, level.id).u8string(), {&facts, &fr}, errors);
        REQUIRE(errors.empty());
        for (const QuizQuestion& q : quiz.questions) {
            if (q.type != QuizQuestion::Type::Estimate) continue;
            ++estimates;
            INFO(level.id << " question " << q.id << " (fact " << q.factId << "), accepted " << q.acceptMin
                          << " to " << q.acceptMax);
            const auto it = factsFigures().find(q.factId);
            // A new estimate question needs the figures of its fact written above, from FACTS.md.
            REQUIRE(it != factsFigures().end());
            CHECK(q.unitId == it->second.unit);
            for (float figure : it->second.figures) {
                INFO("a figure of FACTS.md: " << figure);
                CHECK(figure >= q.acceptMin);
                CHECK(figure <= q.acceptMax);
            }
            // One figure as the answer: a child a step below it and a step above it are
            // judged alike (the answer is never the edge of what counts as right, unless
            // it is the end of the slider).
            if (!q.answerIsRange()) {
                if (q.answer > q.min) CHECK(q.acceptMin <= q.answer - q.step);
                if (q.answer < q.max) CHECK(q.acceptMax >= q.answer + q.step);
            }
        }
    }
    CHECK(estimates >= 8);
}
