// SPDX-License-Identifier: GPL-3.0-or-later
// Strict loading of a quiz file: every mistake is reported as file:line with
// what was expected and what was found (answer counts, a choice with no or two
// right answers, a fact that does not exist or is unverified, a missing string).
#pragma once

#include "content/DataError.hpp"
#include "content/Facts.hpp"
#include "content/QuizData.hpp"
#include "content/StringTable.hpp"

#include <filesystem>
#include <string>

namespace mobi {

struct QuizCheckContext {
    const FactBook* facts = nullptr;      // skipped if null
    const StringTable* strings = nullptr; // the reference table; skipped if null
};

Quiz loadQuiz(const std::string& text, const std::string& name, const QuizCheckContext& check,
              ErrorList& errors);
Quiz loadQuizFile(const std::string& path, const QuizCheckContext& check, ErrorList& errors);

// levels/quizzes/NN_<id>.xml for a level number and id.
std::filesystem::path quizFile(const std::filesystem::path& dataDir, int number, const std::string& levelId);

} // namespace mobi
