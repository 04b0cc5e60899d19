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

void wrapParagraph(const std::u32string& paragraph, float maxWidth, const MeasureFn& measure,
                   std::vector<std::u32string>& lines, bool& wordSplit) {
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
            splitLongWord(word, maxWidth, measure, lines, current);
            wordSplit = true;
        }
    }
    lines.push_back(current);
}

} // namespace

std::vector<std::u32string> wrapText(const std::u32string& text, float maxWidth, const MeasureFn& measure,
                                     bool* wordSplit) {
    std::vector<std::u32string> lines;
    bool split = false;
    std::size_t start = 0;
    while (true) {
        std::size_t newline = text.find(U'\n', start);
        std::u32string paragraph =
            text.substr(start, newline == std::u32string::npos ? std::u32string::npos : newline - start);
        wrapParagraph(paragraph, maxWidth, measure, lines, split);
        if (newline == std::u32string::npos) break;
        start = newline + 1;
    }
    if (wordSplit) *wordSplit = split;
    return lines;
}

} // namespace mobi
