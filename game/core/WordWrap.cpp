// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WordWrap.hpp"

namespace mobi {
namespace {

// Splits one over-long word into pieces that each fit.
void splitLongWord(const std::u32string& word, float maxWidth, const MeasureFn& measure,
                   std::vector<std::u32string>& lines, std::u32string& current) {
    for (char32_t c : word) {
        std::u32string candidate = current + c;
        if (!current.empty() && measure(candidate) > maxWidth) {
            lines.push_back(current);
            current = std::u32string(1, c);
        } else {
            current = candidate;
        }
    }
}

// A word too long for a line, broken after its hyphens ("Marie-" / "Charlotte"),
// as many pieces to a line as fit; false when a piece is still too long.
bool splitAtHyphens(const std::u32string& word, float maxWidth, const MeasureFn& measure,
                    std::vector<std::u32string>& lines, std::u32string& current) {
    std::vector<std::u32string> pieces;
    std::size_t from = 0;
    for (std::size_t at = word.find(U'-'); at != std::u32string::npos && at + 1 < word.size();
         at = word.find(U'-', at + 1)) {
        pieces.push_back(word.substr(from, at + 1 - from));
        from = at + 1;
    }
    if (pieces.empty()) return false;
    pieces.push_back(word.substr(from));
    for (const auto& p : pieces)
        if (measure(p) > maxWidth) return false;
    for (const auto& p : pieces) {
        if (!current.empty() && measure(current + p) > maxWidth) {
            lines.push_back(current);
            current.clear();
        }
        current += p;
    }
    return true;
}

void wrapParagraph(const std::u32string& paragraph, float maxWidth, const MeasureFn& measure,
                   std::vector<std::u32string>& lines, bool& wordSplit, bool& hyphenSplit) {
    std::u32string current;
    std::size_t i = 0;
    while (i <= paragraph.size()) {
        std::size_t space = paragraph.find(U' ', i);
        if (space == std::u32string::npos) space = paragraph.size();
        std::u32string word = paragraph.substr(i, space - i);
        i = space + 1;
        if (word.empty()) continue;
        std::u32string candidate = current.empty() ? word : current + U' ' + word;
        if (measure(candidate) <= maxWidth) {
            current = candidate;
        } else if (measure(word) <= maxWidth) {
            if (!current.empty()) lines.push_back(current);
            current = word;
        } else {
            if (!current.empty()) {
                lines.push_back(current);
                current.clear();
            }
            if (splitAtHyphens(word, maxWidth, measure, lines, current)) {
                hyphenSplit = true;
            } else {
                splitLongWord(word, maxWidth, measure, lines, current);
                wordSplit = true;
            }
        }
    }
    lines.push_back(current);
}

} // namespace

std::vector<std::u32string> wrapText(const std::u32string& text, float maxWidth, const MeasureFn& measure,
                                     bool* wordSplit, bool* hyphenSplit) {
    std::vector<std::u32string> lines;
    bool split = false, hyphen = false;
    std::size_t start = 0;
    while (true) {
        std::size_t newline = text.find(U'\n', start);
        std::u32string paragraph =
            text.substr(start, newline == std::u32string::npos ? std::u32string::npos : newline - start);
        wrapParagraph(paragraph, maxWidth, measure, lines, split, hyphen);
        if (newline == std::u32string::npos) break;
        start = newline + 1;
    }
    if (wordSplit) *wordSplit = split;
    if (hyphenSplit) *hyphenSplit = hyphen;
    return lines;
}

} // namespace mobi
