// SPDX-License-Identifier: GPL-3.0-or-later
// One sitting of a quiz: which questions, in which order, with their answers
// and items shuffled (seeded, so a class can replay the same quiz), what the
// player answered and how many were right. Pure logic, no display.
#pragma once

#include "content/QuizData.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace mobi {

struct QuizItem {
    const QuizQuestion* question = nullptr;
    std::string level;      // the stage the question belongs to
    std::vector<int> shown; // Choice: answer indexes in display order; Order: item indexes in display order
    std::optional<bool> right; // set once answered
};

// An order question's items (file indexes) in a seeded shuffle that is never a
// right answer: what a quiz shows and what a pupil's paper sheet lists.
std::vector<int> shuffledItems(const QuizQuestion& q, std::uint32_t seed);

class QuizRun {
public:
    // After a level: `count` questions (3 to 5) of that stage for the age band.
    static QuizRun afterLevel(const Quiz& quiz, bool young, std::uint32_t seed, int count = 4);
    // From the menu: `count` questions across every stage, shuffled.
    static QuizRun acrossStages(const std::vector<const Quiz*>& quizzes, bool young, std::uint32_t seed,
                                int count = 8);
    // Every question of one stage, in file order (for vote mode and tests).
    static QuizRun allOf(const Quiz& quiz, bool young, std::uint32_t seed);
    // A short class session: the quiz's one class vote question (its first
    // question for the band when the file names none).
    static QuizRun classVote(const Quiz& quiz, bool young, std::uint32_t seed);

    bool finished() const { return m_index >= m_items.size(); }
    std::size_t index() const { return m_index; }
    std::size_t size() const { return m_items.size(); }
    const QuizItem& current() const { return m_items[m_index]; }
    const std::vector<QuizItem>& items() const { return m_items; }

    // Answering the current question; each returns whether it was right.
    bool answerChoice(int shownIndex);
    bool answerTrueFalse(bool value);
    // `picked`: the shown positions, in the order the player put them.
    bool answerOrder(const std::vector<int>& picked);
    bool answerEstimate(float value);
    void next() { ++m_index; }

    int rightCount() const;
    int answeredCount() const;

private:
    void add(const QuizQuestion& q, const std::string& level, std::uint32_t salt);
    bool record(bool right);

    std::vector<QuizItem> m_items;
    std::size_t m_index = 0;
    std::uint32_t m_seed = 0;
};

} // namespace mobi
