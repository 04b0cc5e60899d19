// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/QuizAnswerText.hpp"

#include "core/NumberFormat.hpp"

namespace mobi {

std::string eitherOrderText(const QuizQuestion& q, const Strings& strings) {
    std::string out;
    for (const auto& [first, last] : q.eitherGroups()) {
        // Two cards "may be swapped"; three or more "may come in any order".
        const char* id = last - first == 1 ? "quiz.order_either_two" : "quiz.order_either_many";
        out += (out.empty() ? "" : "\n") +
               strings.get(id, {{"first", std::to_string(first + 1)}, {"last", std::to_string(last + 1)}});
    }
    return out;
}

std::string rightAnswerText(const QuizQuestion& q, const Strings& strings) {
    const std::string thousands = strings.get("format.thousands");
    auto number = [&](float v) { return formatNumber(v, thousands); };
    switch (q.type) {
    case QuizQuestion::Type::Choice: {
        const int right = q.correctIndex();
        return right < 0 ? "" : strings.get(q.answers[static_cast<std::size_t>(right)].textId);
    }
    case QuizQuestion::Type::TrueFalse:
        return strings.get(q.truth ? "quiz.true" : "quiz.false");
    case QuizQuestion::Type::Order: {
        std::string out;
        for (std::size_t i = 0; i < q.items.size(); ++i)
            out += (i ? "\n" : "") + std::to_string(i + 1) + ". " + strings.get(q.items[i]); // one line each
        const std::string either = eitherOrderText(q, strings);
        return either.empty() ? out : out + "\n" + either;
    }
    case QuizQuestion::Type::Estimate: {
        // Each amount in the unit's template of the language: "60 %" in French, "60%" in English.
        const std::string unit = strings.get(q.unitId);
        auto amount = [&](float v) { return fillPlaceholders(unit, {{"value", number(v)}}); };
        if (!q.answerIsRange())
            return strings.get(
                "quiz.estimate_answer",
                {{"answer", amount(q.answer)}, {"min", amount(q.acceptMin)}, {"max", amount(q.acceptMax)}});
        // The sources give a range: when it is exactly what counts as right, say it once.
        if (q.answerMin == q.acceptMin && q.answerMax == q.acceptMax)
            return strings.get("quiz.estimate_range_all",
                               {{"min", amount(q.acceptMin)}, {"max", amount(q.acceptMax)}});
        return strings.get("quiz.estimate_range", {{"low", amount(q.answerMin)},
                                                   {"high", amount(q.answerMax)},
                                                   {"min", amount(q.acceptMin)},
                                                   {"max", amount(q.acceptMax)}});
    }
    }
    return "";
}

} // namespace mobi
