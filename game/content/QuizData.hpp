// SPDX-License-Identifier: GPL-3.0-or-later
// A stage's quiz, from levels/quizzes/NN_<id>.xml: questions of four kinds,
// each for one or both age bands, resting on one fact of levels/facts.xml,
// with all its words as string ids of locale/.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace mobi {

struct QuizAnswer {
    std::string textId;
    std::string picture; // "" for a text answer; else a name of quizPictures()
    bool correct = false;
};

struct QuizQuestion {
    enum class Type { Choice, TrueFalse, Order, Estimate };
    std::string id;
    Type type = Type::Choice;
    bool young = false, older = false; // age bands 6–8 and 9–12
    std::string factId, textId, explainId;
    std::vector<QuizAnswer> answers; // Choice: 2 to 4, exactly one correct
    bool keepOrder = false;          // Choice: answers on a scale (0.5 cl, 5 cl…) keep their file order
    bool truth = false;              // TrueFalse
    std::vector<std::string> items;  // Order: 3 to 6 string ids, in the right order
    // Order: for each item, the first position it may take. Items written in one
    // <either> share it and may come in any order among themselves; any other
    // item's rank is its own index.
    std::vector<int> itemRank;
    // Estimate: a slider from min to max by step; any value in [acceptMin, acceptMax] is right.
    // The sources give one figure (answerMin == answerMax == answer) or a range
    // (answerMin < answerMax, and answer is its middle).
    float min = 0.f, max = 0.f, step = 1.f, answer = 0.f, acceptMin = 0.f, acceptMax = 0.f;
    float answerMin = 0.f, answerMax = 0.f;
    std::string unitId;
    int line = 0;

    bool answerIsRange() const { return answerMin < answerMax; }
    int rankOf(std::size_t item) const {
        return item < itemRank.size() ? itemRank[item] : static_cast<int>(item);
    }
    // Order: whether the items in this order (their file indexes) are a right answer.
    bool acceptsOrder(const std::vector<int>& order) const {
        if (order.size() != items.size()) return false;
        std::vector<bool> seen(items.size(), false);
        for (std::size_t pos = 0; pos < order.size(); ++pos) {
            const int i = order[pos];
            if (i < 0 || i >= static_cast<int>(items.size()) || seen[static_cast<std::size_t>(i)])
                return false;
            seen[static_cast<std::size_t>(i)] = true;
            if (rankOf(static_cast<std::size_t>(i)) != rankOf(pos)) return false;
        }
        return true;
    }
    // Order: the groups of interchangeable items, as [first, last] positions (0-based).
    std::vector<std::pair<int, int>> eitherGroups() const {
        std::vector<std::pair<int, int>> groups;
        for (std::size_t i = 1; i < items.size(); ++i) {
            if (rankOf(i) != rankOf(i - 1)) continue;
            if (!groups.empty() && groups.back().second == static_cast<int>(i) - 1)
                groups.back().second = static_cast<int>(i);
            else
                groups.emplace_back(static_cast<int>(i) - 1, static_cast<int>(i));
        }
        return groups;
    }

    bool forBand(bool youngBand) const { return youngBand ? young : older; }
    int correctIndex() const {
        for (std::size_t i = 0; i < answers.size(); ++i)
            if (answers[i].correct) return static_cast<int>(i);
        return -1;
    }
};

struct Quiz {
    std::string file;
    std::string level; // the stage's level id
    // The one question a short class session votes on after the level's class
    // version (classVote="…"): a choice or true/false a class answers by hand.
    std::string classVoteId;
    std::vector<QuizQuestion> questions;
    const QuizQuestion* question(const std::string& id) const {
        for (const auto& q : questions)
            if (q.id == id) return &q;
        return nullptr;
    }
};

// The pictures a picture answer may use (drawn from code by the game).
const std::vector<std::string>& quizPictures();

} // namespace mobi
