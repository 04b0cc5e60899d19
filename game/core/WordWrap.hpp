// SPDX-License-Identifier: GPL-3.0-or-later
// Word wrapping independent of any font library: the caller gives a function
// that measures a run of text, so the rules are unit-tested without a display.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace mobi {

using MeasureFn = std::function<float(const std::u32string&)>;

// Breaks `text` into lines no wider than `maxWidth`. Breaks at spaces, keeps
// explicit newlines, never breaks at a no-break space (U+00A0, U+202F, so
// French "« mot »" and "mot !" stay together), breaks a single word longer
// than a line after its hyphens ("Marie-" / "Charlotte") when the pieces
// fit, and else splits it between letters rather than overflowing; `wordSplit`,
// when given, tells whether it had to (callers then try a smaller size, so
// no child ever reads "Renaissanc / e").
// `hyphenSplit`, when given, tells whether a word was broken after a hyphen
// (callers that can shrink try that first: "Marie-Charlotte" reads best whole).
std::vector<std::u32string> wrapText(const std::u32string& text, float maxWidth, const MeasureFn& measure,
                                     bool* wordSplit = nullptr, bool* hyphenSplit = nullptr);

} // namespace mobi
