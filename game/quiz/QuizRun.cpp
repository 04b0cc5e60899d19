// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/QuizRun.hpp"

#include "core/Rng.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mobi {
namespace {

// Fisher–Yates with the game's own generator: the same on every platform
// (std::shuffle's result depends on the standard library).
template <typename T> void shuffle(std::vector<T>& v, Rng& rng) {
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[static_cast<std::size_t>(rng.between(0, static_cast<int>(i) - 1))]);
}

std::vector<const QuizQuestion*> forBand(const Quiz& quiz, bool young) {
    std::vector<const QuizQuestion*> out;
    for (const auto& q : quiz.questions)
        if (q.forBand(young)) out.push_back(&q);
    return out;
}

} // namespace

std::vector<int> shuffledItems(const QuizQuestion& q, std::uint32_t seed) {
    Rng rng(seed);
    std::vector<int> order(q.items.size());
    std::iota(order.begin(), order.end(), 0);
    // Never show the items already in an order that would be right. The loader
    // makes sure some order is wrong (not every item interchangeable).
    if (order.size() < 2) return order;
    do
        shuffle(order, rng);
    while (q.acceptsOrder(order));
    return order;
}

void QuizRun::add(const QuizQuestion& q, const std::string& level, std::uint32_t salt) {
    QuizItem item;
    item.question = &q;
    item.level = level;
    Rng rng(m_seed * 2654435761u + salt);
    if (q.type == QuizQuestion::Type::Choice) {
        item.shown.resize(q.answers.size());
        std::iota(item.shown.begin(), item.shown.end(), 0);
        if (!q.keepOrder) shuffle(item.shown, rng);
    } else if (q.type == QuizQuestion::Type::Order) {
        item.shown = shuffledItems(q, m_seed * 2654435761u + salt);
    }
    m_items.push_back(item);
}

QuizRun QuizRun::afterLevel(const Quiz& quiz, bool young, std::uint32_t seed, int count) {
    QuizRun run;
    run.m_seed = seed;
    auto pool = forBand(quiz, young);
    Rng rng(seed);
    shuffle(pool, rng);
    count = std::clamp(count, 3, 5);
    for (std::size_t i = 0; i < pool.size() && static_cast<int>(i) < count; ++i)
        run.add(*pool[i], quiz.level, static_cast<std::uint32_t>(i));
    return run;
}

QuizRun QuizRun::acrossStages(const std::vector<const Quiz*>& quizzes, bool young, std::uint32_t seed,
                              int count) {
    QuizRun run;
    run.m_seed = seed;
    std::vector<std::pair<const QuizQuestion*, std::string>> pool;
    for (const Quiz* quiz : quizzes)
        for (const QuizQuestion* q : forBand(*quiz, young))
            pool.emplace_back(q, quiz->level);
    Rng rng(seed);
    shuffle(pool, rng);
    for (std::size_t i = 0; i < pool.size() && static_cast<int>(i) < count; ++i)
        run.add(*pool[i].first, pool[i].second, static_cast<std::uint32_t>(i));
    return run;
}

QuizRun QuizRun::allOf(const Quiz& quiz, bool young, std::uint32_t seed) {
    QuizRun run;
    run.m_seed = seed;
    std::uint32_t salt = 0;
    for (const QuizQuestion* q : forBand(quiz, young))
        run.add(*q, quiz.level, salt++);
    return run;
}

QuizRun QuizRun::classVote(const Quiz& quiz, bool young, std::uint32_t seed) {
    QuizRun run;
    run.m_seed = seed;
    const QuizQuestion* vote = quiz.question(quiz.classVoteId);
    if (!vote) {
        const auto band = forBand(quiz, young);
        if (!band.empty()) vote = band.front();
    }
    if (vote) run.add(*vote, quiz.level, 0);
    return run;
}

bool QuizRun::record(bool right) {
    m_items[m_index].right = right;
    return right;
}

bool QuizRun::answerChoice(int shownIndex) {
    const QuizItem& item = current();
    if (shownIndex < 0 || shownIndex >= static_cast<int>(item.shown.size())) return false;
    return record(
        item.question->answers[static_cast<std::size_t>(item.shown[static_cast<std::size_t>(shownIndex)])]
            .correct);
}

bool QuizRun::answerTrueFalse(bool value) { return record(value == current().question->truth); }

bool QuizRun::answerOrder(const std::vector<int>& picked) {
    const QuizItem& item = current();
    if (picked.size() != item.shown.size()) return record(false);
    std::vector<int> order; // the items, as file indexes, in the order the player put them
    for (const int shownPosition : picked) {
        if (shownPosition < 0 || shownPosition >= static_cast<int>(item.shown.size())) return record(false);
        order.push_back(item.shown[static_cast<std::size_t>(shownPosition)]);
    }
    return record(item.question->acceptsOrder(order));
}

bool QuizRun::answerEstimate(float value) {
    const QuizQuestion& q = *current().question;
    return record(value >= q.acceptMin - q.step * 0.01f && value <= q.acceptMax + q.step * 0.01f);
}

int QuizRun::rightCount() const {
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const QuizItem& i) { return i.right && *i.right; }));
}

int QuizRun::answeredCount() const {
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const QuizItem& i) { return i.right.has_value(); }));
}

} // namespace mobi
