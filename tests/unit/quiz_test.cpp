// SPDX-License-Identifier: GPL-3.0-or-later
// Quizzes: strict loading, the shipped bank, picking questions, shuffling and scoring.
#include "content/Languages.hpp"
#include "content/QuizLoader.hpp"
#include "core/NumberFormat.hpp"
#include "levels/LevelRegistry.hpp"
#include "quiz/QuizRun.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace mobi;

namespace {
const std::string kDir = std::string(MOBI_TEST_DATA_DIR) + "/quizzes/";
const std::filesystem::path kSource = std::filesystem::u8path(MOBI_SOURCE_DIR);

FactBook testFacts() {
    ErrorList e;
    FactBook f = loadFactsFile(std::string(MOBI_TEST_DATA_DIR) + "/levels/facts.xml", e);
    REQUIRE(e.empty());
    return f;
}

Quiz load(const std::string& file, ErrorList& errors) {
    static const FactBook facts = testFacts();
    return loadQuizFile(kDir + file, QuizCheckContext{&facts, nullptr}, errors);
}

void expectError(const std::string& file, int line, const std::string& text) {
    ErrorList errors;
    load(file, errors);
    INFO(errors.toString());
    REQUIRE(errors.size() == 1);
    CHECK(errors.all()[0].line == line);
    CHECK(errors.all()[0].message.find(text) != std::string::npos);
}
} // namespace

TEST_CASE("a valid quiz loads its four kinds of question", "[quiz]") {
    ErrorList errors;
    const Quiz quiz = load("good.xml", errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    REQUIRE(quiz.questions.size() == 5);
    CHECK(quiz.questions[0].correctIndex() == 1);
    CHECK(quiz.questions[1].answers[0].picture == "plane");
    CHECK(quiz.questions[2].type == QuizQuestion::Type::TrueFalse);
    CHECK_FALSE(quiz.questions[2].truth);
    CHECK(quiz.questions[3].items.size() == 4);
    CHECK(quiz.questions[4].acceptMin == 30.f);
}

TEST_CASE("quiz mistakes are named with file and line", "[quiz]") {
    expectError("two_correct.xml", 4, "expected exactly one correct answer, found 2");
    expectError("no_correct.xml", 4, "expected exactly one correct answer, found 0");
    expectError("unverified_fact.xml", 14, "tagged U");
    expectError("unknown_picture.xml", 12, "found \"rocket\"");
    expectError("bad_estimate.xml", 21, "expected min <= acceptMin <= answer");
    expectError("too_few_items.xml", 15, "expected 3 to 6 items, found 2");
    expectError("bad_ages.xml", 4, "found \"kids\"");
}

TEST_CASE("after a level, 3 to 5 questions of the player's age band", "[quiz]") {
    ErrorList errors;
    const Quiz quiz = load("good.xml", errors);
    const QuizRun young = QuizRun::afterLevel(quiz, true, 7, 4);
    REQUIRE(young.size() == 3); // only three questions are for 6–8 in this file
    for (const auto& item : young.items())
        CHECK(item.question->young);
    const QuizRun older = QuizRun::afterLevel(quiz, false, 7, 4);
    CHECK(older.size() == 4);
    for (const auto& item : older.items())
        CHECK(item.question->older);
}

TEST_CASE("the shuffle is the same for the same seed, and differs for another", "[quiz]") {
    ErrorList errors;
    const Quiz quiz = load("good.xml", errors);
    auto order = [&](std::uint32_t seed) {
        const QuizRun run = QuizRun::allOf(quiz, true, seed);
        std::vector<int> all;
        for (const auto& item : run.items())
            all.insert(all.end(), item.shown.begin(), item.shown.end());
        return all;
    };
    CHECK(order(3) == order(3));
    bool differs = false;
    for (std::uint32_t seed = 4; seed < 12 && !differs; ++seed)
        differs = order(seed) != order(3);
    CHECK(differs);
    // An order question is never shown already in the right order.
    for (std::uint32_t seed = 0; seed < 50; ++seed) {
        const QuizRun run = QuizRun::allOf(quiz, true, seed);
        for (const auto& item : run.items())
            if (item.question->type == QuizQuestion::Type::Order)
                CHECK_FALSE(std::is_sorted(item.shown.begin(), item.shown.end()));
    }
}

TEST_CASE("answers are scored for each kind of question", "[quiz]") {
    ErrorList errors;
    const Quiz quiz = load("good.xml", errors);
    QuizRun run = QuizRun::allOf(quiz, false, 5); // older: pick, truth, cycle, rock
    REQUIRE(run.size() == 4);
    // Choice: find where the right answer is shown.
    const QuizItem& pick = run.current();
    int shownRight = -1;
    for (std::size_t i = 0; i < pick.shown.size(); ++i)
        if (pick.shown[i] == pick.question->correctIndex()) shownRight = static_cast<int>(i);
    CHECK_FALSE(QuizRun(run).answerChoice((shownRight + 1) % 4));
    CHECK(run.answerChoice(shownRight));
    run.next();
    CHECK_FALSE(QuizRun(run).answerTrueFalse(true));
    CHECK(run.answerTrueFalse(false));
    run.next();
    // Order: pick the shown positions holding items 0, 1, 2, 3.
    const QuizItem& cycle = run.current();
    std::vector<int> right(cycle.shown.size());
    for (std::size_t pos = 0; pos < cycle.shown.size(); ++pos)
        right[static_cast<std::size_t>(cycle.shown[pos])] = static_cast<int>(pos);
    std::vector<int> wrong = right;
    std::swap(wrong[0], wrong[1]);
    CHECK_FALSE(QuizRun(run).answerOrder(wrong));
    CHECK_FALSE(QuizRun(run).answerOrder({0, 1}));
    CHECK(run.answerOrder(right));
    run.next();
    CHECK_FALSE(QuizRun(run).answerEstimate(20.f)); // below the accepted range
    CHECK(QuizRun(run).answerEstimate(30.f));       // its edge counts
    CHECK(run.answerEstimate(250.f));
    run.next();
    CHECK(run.finished());
    CHECK(run.rightCount() == 4);
    CHECK(run.answeredCount() == 4);
}

TEST_CASE("numbers read as a reader expects them", "[quiz]") {
    CHECK(formatNumber(200.f) == "200");
    CHECK(formatNumber(0.5f) == "0.5");
    CHECK(formatNumber(50000.f, "\u202f") == "50\u202f000");
    CHECK(formatNumber(1234567.f, ",") == "1,234,567");
    CHECK(formatNumber(-4500.f, ",") == "-4,500");
    CHECK(formatNumber(999.f, ",") == "999");
}

TEST_CASE("the shipped bank: enough questions, both age bands in every stage, scales kept in order",
          "[quiz]") {
    ErrorList errors;
    const FactBook facts = loadFactsFile((kSource / "levels" / "facts.xml").u8string(), errors);
    const StringTable fr = loadStringTableFile((kSource / "locale" / "fr.xml").u8string(), errors);
    const StringTable en = loadStringTableFile((kSource / "locale" / "en.xml").u8string(), errors);
    REQUIRE(errors.empty());
    int total = 0;
    for (const auto& level : allLevels()) {
        const Quiz quiz =
            loadQuizFile(quizFile(kSource, level.number, level.id).u8string(), {&facts, &fr}, errors);
        INFO(level.id << ": " << errors.toString());
        REQUIRE(errors.empty());
        CHECK(quiz.level == level.id);
        CHECK(quiz.questions.size() >= 8);
        int young = 0, older = 0;
        for (const auto& q : quiz.questions) {
            young += q.young;
            older += q.older;
            CHECK(facts.find(q.factId)->tag != 'U');
            // Every text of the question exists in both languages.
            std::vector<std::string> ids = {q.textId, q.explainId};
            for (const auto& a : q.answers)
                ids.push_back(a.textId);
            for (const auto& i : q.items)
                ids.push_back(i);
            if (!q.unitId.empty()) ids.push_back(q.unitId);
            for (const auto& id : ids) {
                INFO(id);
                CHECK(fr.find(id));
                CHECK(en.find(id));
            }
        }
        CHECK(young >= 3);
        CHECK(older >= 3);
        total += static_cast<int>(quiz.questions.size());
    }
    CHECK(total >= 48);
    // The chatbot-water question of DESIGN.md: four volumes, 50 cl right, shown smallest first.
    const Quiz pocket = loadQuizFile(quizFile(kSource, 4, "pocket").u8string(), {&facts, &fr}, errors);
    const auto it = std::find_if(pocket.questions.begin(), pocket.questions.end(),
                                 [](const QuizQuestion& q) { return q.id == "chatbot"; });
    REQUIRE(it != pocket.questions.end());
    CHECK(it->factId == "U6");
    CHECK(it->keepOrder);
    CHECK(it->correctIndex() == 2);
    const QuizRun run = QuizRun::allOf(pocket, true, 99);
    for (const auto& item : run.items())
        if (item.question->id == "chatbot") CHECK(item.shown == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("a short class session votes on the one question its quiz names", "[quiz]") {
    ErrorList errors;
    const Quiz quiz = load("class_vote.xml", errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    CHECK(quiz.classVoteId == "pictures");
    const QuizRun run = QuizRun::classVote(quiz, true, 5);
    REQUIRE(run.size() == 1);
    CHECK(run.current().question->id == "pictures");
    // A quiz that names none gives the band's first question.
    const Quiz plain = load("good.xml", errors);
    const QuizRun first = QuizRun::classVote(plain, false, 5);
    REQUIRE(first.size() == 1);
    CHECK(first.current().question->id == "pick");
}

TEST_CASE("a class vote must name a question a class can answer by hand", "[quiz]") {
    expectError("class_vote_unknown.xml", 3, "expected the id of one of its questions, found \"pik\"");
    expectError("class_vote_order.xml", 3, "expected a choice or true/false question for ages 6–8");
}
