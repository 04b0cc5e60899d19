// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as a reader expects them: "200", "0.5", "50 000" — no trailing
// zeros, the whole part grouped by threes with the language's separator.
#pragma once

#include <string>

namespace mobi {

std::string formatNumber(float value, const std::string& thousands = "");

} // namespace mobi
