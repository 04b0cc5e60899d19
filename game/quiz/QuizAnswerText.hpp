// SPDX-License-Identifier: GPL-3.0-or-later
// The right answer of a quiz question in words of the current language, as
// the answer screen and the teacher guide show it: the right choice, true or
// false, the items in order one a line (saying which may be swapped), or the
// estimate's figure or range with the answers that count as right.
#pragma once

#include "content/QuizData.hpp"
#include "content/StringTable.hpp"

#include <string>

namespace mobi {

std::string rightAnswerText(const QuizQuestion& q, const Strings& strings);

// Order questions: one line per group of interchangeable items ("Cards 1 and 2
// may be swapped"), "" when the order is strict.
std::string eitherOrderText(const QuizQuestion& q, const Strings& strings);

} // namespace mobi
